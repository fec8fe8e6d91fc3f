package cn.renda.platform.tracing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventMdcInterceptorTest {

    @Test
    void an_axon_event_handler_logs_with_the_trace_county_and_user_of_the_event() throws Exception {
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload").andMetaData(Map.of(
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "county", "410327", "user", "admin-410327"));
        Map<String, String> seen = new HashMap<>();
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            new DefaultInterceptorChain<>(unitOfWork, List.of(new EventMdcInterceptor()), message -> {
                seen.putAll(MDC.getCopyOfContextMap());
                return null;
            }).proceed();
        } finally {
            unitOfWork.commit();
        }
        assertThat(seen).containsEntry("traceId", "0af7651916cd43dd8448eb211c80319c")
                .containsEntry("spanId", "b7ad6b7169203331")
                .containsEntry("county", "410327").containsEntry("user", "admin-410327");
        assertThat(MDC.get("traceId")).isNull();
    }
}
