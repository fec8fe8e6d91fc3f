package cn.renda.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** supervision-service: inspections, deputies' suggestions, enforcement inspections, work reports, petitions. */
@SpringBootApplication
public class SupervisionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisionServiceApplication.class, args);
    }
}
