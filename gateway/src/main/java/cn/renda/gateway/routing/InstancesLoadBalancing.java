package cn.renda.gateway.routing;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lb://<service>} routes resolve against {@link ServiceInstances}, asked again for every request (no cache),
 * less the instances whose readiness check fails ({@link InstanceHealth}), with Spring Cloud LoadBalancer's default
 * round robin choosing among them.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = InstancesLoadBalancing.PerService.class)
class InstancesLoadBalancing {

    /** Created in each load-balancer client's own context; deliberately not a scanned {@code @Configuration}. */
    static class PerService {

        @Bean
        ServiceInstanceListSupplier rendaServiceInstances(Environment environment, ServiceInstances instances,
                                                          InstanceHealth health) {
            return new InstanceList(environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME), instances,
                    health);
        }
    }

    record InstanceList(String serviceId, ServiceInstances instances, InstanceHealth health)
            implements ServiceInstanceListSupplier {

        @Override
        public String getServiceId() {
            return serviceId;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return Flux.defer(() -> Flux.just(list()));
        }

        List<ServiceInstance> list() {
            List<ServiceInstance> list = new ArrayList<>();
            for (URI uri : health.routable(instances.of(serviceId))) {
                boolean secure = "https".equalsIgnoreCase(uri.getScheme());
                list.add(new DefaultServiceInstance(serviceId + "@" + uri.getHost() + ":" + uri.getPort(), serviceId,
                        uri.getHost(), uri.getPort(), secure));
            }
            return list;
        }
    }
}
