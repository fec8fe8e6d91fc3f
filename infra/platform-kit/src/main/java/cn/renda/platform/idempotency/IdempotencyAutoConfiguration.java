package cn.renda.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Idempotency keys for the command-side services (those with a relational store); ordered after Spring Security so
 * the key is scoped to the authenticated caller.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
public class IdempotencyAutoConfiguration {

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> rendaIdempotencyFilter(DataSource dataSource,
                                                                           PlatformTransactionManager transactions,
                                                                           ObjectMapper mapper) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(new JdbcTemplate(dataSource), new TransactionTemplate(transactions), mapper));
        registration.addUrlPatterns("/api/counties/*");
        registration.setOrder(0);
        return registration;
    }
}
