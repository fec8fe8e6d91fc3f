package cn.renda.deputy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** deputy-service: townships, deputies, groups, presidium, sessions, constituent contact. */
@SpringBootApplication
public class DeputyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeputyServiceApplication.class, args);
    }
}
