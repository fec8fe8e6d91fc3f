package cn.renda.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.env.PropertiesPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds the platform's shared defaults ({@code renda-defaults.properties}: Jackson serializers for Axon, Kafka
 * consumer settings, zh-CN as the default locale...) with the lowest precedence, so each service's own
 * application.yml, the environment and the command line all override them.
 */
public class RendaDefaultsPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new PropertiesPropertySource("renda-defaults",
                    PropertiesLoaderUtils.loadProperties(new ClassPathResource("renda-defaults.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
