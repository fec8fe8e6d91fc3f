package cn.renda.deputy.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** A service that sets {@code renda.deputy-replica.group} keeps a replica of deputies under that consumer group. */
@AutoConfiguration(afterName = "cn.renda.platform.mongo.MongoAutoConfiguration")
@ConditionalOnProperty("renda.deputy-replica.group")
public class DeputyReplicaAutoConfiguration {

    @Bean
    public DeputyReplica deputyReplica(MongoDatabase db, ObjectMapper mapper) {
        return new DeputyReplica(db, mapper);
    }
}
