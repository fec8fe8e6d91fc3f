package cn.renda.platform.kafka;

import cn.renda.platform.events.RendaTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares the platform's topics, so whichever starts first creates them: unlimited retention (replays
 * need the whole stream), a fixed partition count (consumers scale out up to it), and each topic's dead-letter
 * topic {@code <topic>.DLT} for events a consumer cannot read (same partition count: a record keeps its partition).
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
public class TopicsAutoConfiguration {

    @Bean
    public KafkaAdmin.NewTopics rendaTopics(@Value("${renda.topics.partitions:3}") int partitions,
                                            @Value("${renda.topics.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(RendaTopics.ALL.stream()
                .flatMap(name -> java.util.stream.Stream.of(name, name + ".DLT"))
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                        .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                        .build())
                .toArray(NewTopic[]::new));
    }
}
