package cn.renda.platform.kafka;

import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.tracing.TraceHeaders;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.DefaultProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a command-side service's events to its Kafka topic from a tracking processor ({@code kafka-publisher})
 * whose token lives in the service's relational store beside the events: an event reaches Kafka at least once, after
 * it was stored, in per-aggregate order (record key = aggregate id). The producer is idempotent with acks=all and
 * the processor waits for the broker's acknowledgement before its token moves on.
 */
@AutoConfiguration
@ConditionalOnClass({KafkaPublisher.class, ConfigurerModule.class})
@ConditionalOnProperty("renda.events.topic")
public class EventPublishingAutoConfiguration {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    @Bean
    public CorrelationDataProvider rendaAuditCorrelation() {
        return new SimpleCorrelationDataProvider(EventHeaders.META_COUNTY, EventHeaders.META_USER,
                EventHeaders.META_ROLE, EventHeaders.META_REQUEST_ID, TraceHeaders.TRACEPARENT);
    }

    @Bean(destroyMethod = "shutDown")
    public ProducerFactory<String, CloudEvent> rendaProducerFactory(
            @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
            @Value("${spring.application.name:renda}") String appName) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, appName + "-publisher");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        return DefaultProducerFactory.<String, CloudEvent>builder()
                .configuration(config)
                .confirmationMode(ConfirmationMode.WAIT_FOR_ACK)
                .build();
    }

    @Bean
    public CloudEventKafkaMessageConverter rendaCloudEventConverter(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${spring.application.name:renda}") String appName) {
        Map<String, String> extensions = new HashMap<>();
        extensions.put(EventHeaders.META_COUNTY, "county");
        extensions.put(EventHeaders.META_USER, "user");
        extensions.put(EventHeaders.META_ROLE, "role");
        extensions.put(EventHeaders.META_REQUEST_ID, "requestid");
        extensions.put("traceId", "axontraceid");
        extensions.put("correlationId", "axoncorrelationid");
        // CloudEvents distributed tracing extension: ce_traceparent (TracingKafkaMessageConverter adds a plain one)
        extensions.put(TraceHeaders.TRACEPARENT, TraceHeaders.TRACEPARENT);
        URI source = URI.create("/renda/" + appName);
        return CloudEventKafkaMessageConverter.builder()
                .serializer(eventSerializer)
                .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                .addMetadataMappers(extensions)
                .sourceSupplier(m -> source)
                .dataContentTypeSupplier(m -> Optional.of("application/json"))
                .build();
    }

    @Bean(destroyMethod = "shutDown")
    public KafkaPublisher<String, CloudEvent> rendaKafkaPublisher(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ProducerFactory<String, CloudEvent> rendaProducerFactory,
            CloudEventKafkaMessageConverter rendaCloudEventConverter,
            @Value("${renda.events.topic}") String topic) {
        return KafkaPublisher.<String, CloudEvent>builder()
                .serializer(eventSerializer)
                .producerFactory(rendaProducerFactory)
                .messageConverter(new TracingKafkaMessageConverter(rendaCloudEventConverter))
                .topicResolver(m -> Optional.of(topic))
                .build();
    }

    @Bean
    public ConfigurerModule rendaKafkaPublishingModule(KafkaPublisher<String, CloudEvent> rendaKafkaPublisher) {
        KafkaEventPublisher<String, CloudEvent> handler = KafkaEventPublisher.<String, CloudEvent>builder()
                .processingGroup(PROCESSING_GROUP)
                .kafkaPublisher(rendaKafkaPublisher)
                .build();
        return configurer -> configurer.eventProcessing()
                .registerEventHandler(c -> handler)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                .assignHandlerTypesMatching(PROCESSING_GROUP, type -> type.isAssignableFrom(KafkaEventPublisher.class))
                .registerTrackingEventProcessor(PROCESSING_GROUP);
    }
}
