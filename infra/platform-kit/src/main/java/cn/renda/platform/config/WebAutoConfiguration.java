package cn.renda.platform.config;

import cn.renda.platform.audit.HistoryController;
import cn.renda.platform.problem.AxonProblemAdvice;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.CommandSender;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/** Problem+json for every servlet service, the command sender where Axon is present, and the clock. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemAdvice.class)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CommandGateway.class)
    @Import({AxonProblemAdvice.class, HistoryController.class})
    static class AxonWeb {

        @Bean
        @ConditionalOnMissingBean
        public CommandSender commandSender(CommandGateway gateway) {
            return new CommandSender(gateway);
        }
    }
}
