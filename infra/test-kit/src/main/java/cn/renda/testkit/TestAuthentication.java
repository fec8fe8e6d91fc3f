package cn.renda.testkit;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a service's {@code @SpringBootTest}, the {@code TestRestTemplate} calls as the county admin of the county in
 * each request's path, with a token signed like the gateway's (same secret, issuer, audience), unless the test sets
 * its own {@code Authorization} header. So every IT exercises the service's own token check; tests of refusals
 * send their own tokens (see {@link #token}) or none ({@code Authorization: none}).
 */
@AutoConfiguration
public class TestAuthentication {

    private static final Pattern COUNTY = Pattern.compile("/api/counties/([^/]+)(/.*)?");

    @Bean
    RestTemplateCustomizer rendaTestBearerTokens(@Value("${renda.security.jwt.secret}") String secret,
                                                 @Value("${renda.security.jwt.issuer}") String issuer,
                                                 @Value("${renda.security.jwt.audience}") String audience) {
        ClientHttpRequestInterceptor interceptor = (request, body, execution) -> {
            HttpHeaders headers = request.getHeaders();
            if ("none".equals(headers.getFirst(HttpHeaders.AUTHORIZATION))) {
                headers.remove(HttpHeaders.AUTHORIZATION);
            } else if (!headers.containsKey(HttpHeaders.AUTHORIZATION)) {
                Matcher m = COUNTY.matcher(request.getURI().getPath());
                if (m.matches()) {
                    headers.setBearerAuth(token(secret, issuer, audience, "admin-" + m.group(1), "COUNTY_ADMIN",
                            List.of(m.group(1)), null));
                }
            }
            return execution.execute(request, body);
        };
        return restTemplate -> restTemplate.getInterceptors().add(interceptor);
    }

    /** A token as the gateway's dev login would sign it. */
    public static String token(String secret, String issuer, String audience, String user, String role,
                               List<String> counties, String township) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user).issuer(issuer).audience(audience)
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                    .claim("role", role).claim("counties", counties);
            if (township != null) {
                claims.claim("township", township);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
