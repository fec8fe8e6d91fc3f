package cn.renda.gateway.security;

import cn.renda.gateway.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's door: every {@code /api/**} call needs a valid bearer token except the dev login, public
 * certificate checks and health; county-scoped paths are checked against the token ({@link CountyScope}).
 * Refusals are problem+json: 401 without a valid token, 403 outside the caller's scope. {@code /actuator/prometheus}
 * is open like the services' (counts, latencies, route ids, nothing personal; a scraper holds no user token; keep
 * the port off the public network or block the path at the ingress).
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final ServerAuthenticationEntryPoint UNAUTHENTICATED = (exchange, e) -> Problems.write(exchange,
            HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录或登录已失效", "Not authenticated",
            "请先登录，并在请求头 Authorization 中携带有效的令牌。",
            "Log in and send a valid bearer token in the Authorization header.");
    private static final ServerAccessDeniedHandler FORBIDDEN = (exchange, e) -> Problems.write(exchange,
            HttpStatus.FORBIDDEN, "forbidden", "无权访问", "Forbidden", "当前账号无权访问该县或执行该操作。",
            "This account may not access this county or do this.");

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, ReactiveJwtDecoder decoder, SecurityProperties properties) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .cors(c -> c.configurationSource(cors(properties)))
                .headers(h -> h
                        .frameOptions(f -> f.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'")))
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
                        .pathMatchers("/api/public/**").permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**").permitAll()
                        .pathMatchers("/api/counties/{county}/**").access(new CountyScope())
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtDecoder(decoder))
                        .authenticationEntryPoint(UNAUTHENTICATED)
                        .accessDeniedHandler(FORBIDDEN))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(UNAUTHENTICATED)
                        .accessDeniedHandler(FORBIDDEN))
                .build();
    }

    private static UrlBasedCorsConfigurationSource cors(SecurityProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        if (properties.consoleOrigin() != null && !properties.consoleOrigin().isBlank()) {
            config.setAllowedOrigins(List.of(properties.consoleOrigin()));
        }
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "Idempotency-Key",
                "X-Request-Id"));
        config.setExposedHeaders(List.of("X-Request-Id", "X-Trace-Id", "Retry-After"));
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
