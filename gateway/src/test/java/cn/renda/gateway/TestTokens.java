package cn.renda.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Hand-made tokens, good and bad, for the gateway's authentication tests. */
final class TestTokens {

    static final String SECRET = "gateway-test-secret-of-at-least-32-bytes!!";
    static final String ISSUER = "renda-test";
    static final String AUDIENCE = "renda-platform";

    private TestTokens() {
    }

    static JWTClaimsSet.Builder claims(String user, String role, List<String> counties) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(user).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("role", role).claim("counties", counties);
    }

    static String hs256(JWTClaimsSet claims) {
        return hs256(claims, SECRET);
    }

    static String hs256(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String admin(String county) {
        return hs256(claims("admin-" + county, "COUNTY_ADMIN", List.of(county)).build());
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** The header says RS256 but the signature is an HMAC with the shared secret: the classic confusion attack. */
    static String rs256HeaderWithHmacSignature(JWTClaimsSet claims) {
        try {
            String header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build().toBase64URL().toString();
            String payload = Base64URL.encode(claims.toString()).toString();
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64URL.encode(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(JWTClaimsSet claims) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) gen.generateKeyPair().getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("COUNTY_ADMIN", "ANALYST_ADMIN");
        return parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
    }
}
