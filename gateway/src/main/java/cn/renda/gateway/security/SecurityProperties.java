package cn.renda.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code renda.security.*}. The embedded default signs and checks HS256 tokens with {@code jwt.secret}; production
 * sets {@code jwt.issuer-uri} to an OIDC issuer (e.g. a Keycloak realm) and the keys come from its JWKS.
 */
@ConfigurationProperties("renda.security")
public record SecurityProperties(Jwt jwt, DevLogin devLogin, RateLimit rateLimit, String consoleOrigin) {

    public record Jwt(String secret, String issuer, String audience, String issuerUri, Duration ttl) {
    }

    /** The dev login exists only where it is switched on: {@code ./renda start} does, production does not. */
    public record DevLogin(boolean enabled, String password, List<String> counties) {
    }

    /** Token buckets: requests per second and burst, per user and per county. */
    public record RateLimit(long perUserPerSecond, long perUserBurst, long perCountyPerSecond, long perCountyBurst) {
    }
}
