package cn.renda.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every service checks again what the gateway checked: a valid bearer token (same secret or OIDC issuer, issuer,
 * audience, expiry; HS256 only in the embedded default) and, on {@code /api/counties/{county}/**}, that the county
 * is the caller's, read-only for analysts, none for operators. Refusals are problem+json 401/403. With
 * {@code renda.security.enabled=false} (only for a service behind a trusted gateway in a test) the chain permits all.
 * Health, info and {@code /actuator/prometheus} need no token: the metrics carry counts, lags and county codes,
 * nothing personal, and a Prometheus scraper holds no user token (keep the management port off the public network).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
public class ServiceSecurityAutoConfiguration {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    public SecurityFilterChain rendaSecurity(HttpSecurity http, ObjectMapper mapper,
                                             @Value("${renda.security.enabled:true}") boolean enabled,
                                             @Value("${renda.security.jwt.secret}") String secret,
                                             @Value("${renda.security.jwt.issuer}") String issuer,
                                             @Value("${renda.security.jwt.audience}") String audience,
                                             @Value("${renda.security.jwt.issuer-uri:}") String issuerUri) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (!enabled) {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
        }
        JwtDecoder decoder = decoder(secret, issuer, audience, issuerUri);
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error").permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/api/counties/{county}/**").access(countyScope())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.decoder(decoder))
                        .authenticationEntryPoint((req, res, e) -> problem(mapper, req, res, 401))
                        .accessDeniedHandler((req, res, e) -> problem(mapper, req, res, 403)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(mapper, req, res, 401))
                        .accessDeniedHandler((req, res, ex) -> problem(mapper, req, res, 403)))
                .build();
    }

    static JwtDecoder decoder(String secret, String issuer, String audience, String issuerUri) {
        NimbusJwtDecoder decoder;
        String expectedIssuer = issuer;
        if (issuerUri != null && !issuerUri.isBlank()) {
            decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuerUri);
            expectedIssuer = issuerUri;
        } else {
            if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                throw new IllegalStateException("renda.security.jwt.secret must be at least 32 bytes");
            }
            decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256")).macAlgorithm(MacAlgorithm.HS256).build();
        }
        OAuth2TokenValidator<Jwt> aud = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                a -> a != null && a.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(expectedIssuer), aud));
        return decoder;
    }

    static AuthorizationManager<RequestAuthorizationContext> countyScope() {
        return (Supplier<org.springframework.security.core.Authentication> authentication, RequestAuthorizationContext ctx) -> {
            var a = authentication.get();
            if (!(a instanceof JwtAuthenticationToken token)) {
                return new AuthorizationDecision(false);
            }
            Caller caller = Caller.from(token.getToken());
            String county = ctx.getVariables().get("county");
            boolean read = READS.contains(ctx.getRequest().getMethod());
            return new AuthorizationDecision(read ? caller.mayRead(county) : caller.mayWrite(county));
        };
    }

    private static void problem(ObjectMapper mapper, HttpServletRequest req, HttpServletResponse res, int status)
            throws IOException {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage())
                || (req.getHeader("Accept-Language") != null && req.getHeader("Accept-Language").startsWith("en"));
        Map<String, Object> body = new LinkedHashMap<>();
        if (status == 401) {
            body.put("type", "urn:renda:problem:unauthenticated");
            body.put("title", en ? "Not authenticated" : "未登录或登录已失效");
            body.put("status", 401);
            body.put("detail", en ? "Send a valid bearer token in the Authorization header."
                    : "请在请求头 Authorization 中携带有效的令牌。");
        } else {
            body.put("type", "urn:renda:problem:forbidden");
            body.put("title", en ? "Forbidden" : "无权访问");
            body.put("status", 403);
            body.put("detail", en ? "This account may not access this county or do this."
                    : "当前账号无权访问该县或执行该操作。");
        }
        body.put("instance", req.getRequestURI());
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        mapper.writeValue(res.getOutputStream(), body);
    }
}
