package cn.renda.gateway.security;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Signs the embedded default's tokens (HS256); production tokens come from the OIDC issuer instead. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final Clock clock;

    public TokenIssuer(JwtEncoder encoder, SecurityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public String issue(Caller caller) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.jwt().issuer())
                .audience(java.util.List.of(properties.jwt().audience()))
                .subject(caller.user())
                .issuedAt(now)
                .expiresAt(now.plus(properties.jwt().ttl()))
                .claim(Caller.ROLE, caller.role().name())
                .claim(Caller.COUNTIES, caller.counties());
        if (caller.township() != null) {
            claims.claim(Caller.TOWNSHIP, caller.township());
        }
        if (caller.unit() != null) {
            claims.claim(Caller.UNIT, caller.unit());
        }
        if (caller.deputy() != null) {
            claims.claim(Caller.DEPUTY, caller.deputy());
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
