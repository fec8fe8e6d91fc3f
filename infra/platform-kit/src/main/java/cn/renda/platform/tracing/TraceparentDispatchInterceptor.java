package cn.renda.platform.tracing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Puts the current span (the HTTP request's, continued from the gateway's {@code traceparent}) into a command's
 * metadata as {@code traceparent} when the command is dispatched. Axon's correlation data (see
 * {@code EventPublishingAutoConfiguration#rendaAuditCorrelation}) then copies it into every event the command
 * applies, and the Kafka publisher writes it on the record. A command that already carries one (sent by a policy while
 * it handles a traced event) keeps it; without a current span nothing is added.
 */
public class TraceparentDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Tracer tracer;

    public TraceparentDispatchInterceptor(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(TraceHeaders.TRACEPARENT)) {
                return command;
            }
            TraceContext context = tracer.currentTraceContext().context();
            if (context == null) {
                return command;
            }
            String traceparent = TraceHeaders.traceparent(context.traceId(), context.spanId(),
                    !Boolean.FALSE.equals(context.sampled()));
            return TraceHeaders.isValid(traceparent)
                    ? command.andMetaData(MetaData.with(TraceHeaders.TRACEPARENT, traceparent))
                    : command;
        };
    }
}
