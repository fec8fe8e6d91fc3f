package cn.renda.deputy;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same behaviour on production-like parts: PostgreSQL 16 as the event store, a MongoDB 7 replica set and an
 * Apache Kafka broker, in containers. Runs wherever Docker exists; skipped cleanly where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
class DeputyServiceContainersIT extends DeputyServiceBehaviour {

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16");
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("deputy_tc"));
        registry.add("spring.data.mongodb.database", () -> "deputy_tc");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Override
    protected String kafka() {
        return KAFKA.getBootstrapServers();
    }
}
