package cn.renda.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The service's own Mongo database (read models), from {@code spring.data.mongodb.database}. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration")
@ConditionalOnBean(MongoClient.class)
public class MongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MongoDatabase rendaMongoDatabase(MongoClient client,
                                            @Value("${spring.data.mongodb.database:renda}") String database) {
        return client.getDatabase(database);
    }

    /** Bean name {@code mongoHealthIndicator}: the {@code mongo} member of the health endpoint and readiness group. */
    @Bean
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    public HealthIndicator mongoHealthIndicator(MongoDatabase rendaMongoDatabase) {
        return new MongoPingHealthIndicator(rendaMongoDatabase);
    }
}
