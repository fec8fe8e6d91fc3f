package cn.renda.reporting;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same behaviour on a real MongoDB 7 replica set and an Apache Kafka container. Runs wherever Docker exists;
 * skipped cleanly where it does not (as on the development machines, where the embedded suite covers it).
 */
@Testcontainers(disabledWithoutDocker = true)
class ReportingContainersIT extends ReportingServiceBehaviour {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("reporting_tc"));
        registry.add("spring.data.mongodb.database", () -> "reporting_tc");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Override
    protected String kafka() {
        return KAFKA.getBootstrapServers();
    }
}
