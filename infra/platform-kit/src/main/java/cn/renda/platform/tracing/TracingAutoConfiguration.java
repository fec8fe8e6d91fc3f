package cn.renda.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Traces and log context of a service (ADR 0016): the request's span goes into each command's metadata
 * ({@link TraceparentDispatchInterceptor}, registered on the command gateway by Axon's interceptor
 * auto-configuration), consumers continue it per batch ({@link EventTracing}), and every request's log lines carry
 * county, user and request id ({@link RequestMdcFilter}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.NoopTracerAutoConfiguration"})
@ConditionalOnClass(Tracer.class)
public class TracingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public FilterRegistrationBean<RequestMdcFilter> rendaRequestMdcFilter() {
        FilterRegistrationBean<RequestMdcFilter> registration = new FilterRegistrationBean<>(new RequestMdcFilter());
        registration.setName("rendaRequestMdcFilter");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    // by name: reporting-service has axon-configuration (through axon-micrometer) but no axon-messaging
    @ConditionalOnClass(name = {"org.axonframework.messaging.MessageDispatchInterceptor",
            "org.axonframework.commandhandling.CommandMessage", "org.axonframework.eventhandling.EventMessage"})
    static class Commands {

        @Bean
        @ConditionalOnMissingBean
        public TraceparentDispatchInterceptor rendaTraceparentDispatchInterceptor(ObjectProvider<Tracer> tracer) {
            return new TraceparentDispatchInterceptor(tracer.getIfAvailable(() -> Tracer.NOOP));
        }

        @Bean
        @ConditionalOnMissingBean
        public EventMdcInterceptor rendaEventMdcInterceptor() {
            return new EventMdcInterceptor();
        }
    }
}
