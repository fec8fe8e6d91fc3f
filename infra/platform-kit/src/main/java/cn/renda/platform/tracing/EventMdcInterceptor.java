package cn.renda.platform.tracing;

import cn.renda.platform.events.EventHeaders;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * While an Axon event processor (the service's own projections, the Kafka publisher) handles an event, the event's
 * trace id, county and user are in the MDC, so what it logs can be found by the request's trace id. Registered for
 * every processor by Axon's interceptor auto-configuration.
 */
public class EventMdcInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        String traceparent = string(metaData.get(TraceHeaders.TRACEPARENT));
        try (TraceMdc mdc = TraceMdc.put(TraceHeaders.MDC_TRACE_ID, TraceHeaders.traceId(traceparent),
                TraceHeaders.MDC_SPAN_ID, TraceHeaders.spanId(traceparent),
                TraceHeaders.MDC_COUNTY, string(metaData.get(EventHeaders.META_COUNTY)),
                TraceHeaders.MDC_USER, string(metaData.get(EventHeaders.META_USER)))) {
            return chain.proceed();
        }
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}
