package cn.renda.testkit;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of wrong token a service must refuse with 401, each otherwise valid for a county admin of
 * {@code county}: unsigned ({@code alg: none}), expired, wrong issuer, wrong audience, tampered payload, signed with
 * another secret, RS256, and an RS256 header over an HMAC signature made with the shared secret.
 */
public final class BadTokens {

    private BadTokens() {
    }

    public static Map<String, String> all(String secret, String issuer, String audience, String county) {
        Map<String, String> bad = new LinkedHashMap<>();
        JWTClaimsSet good = claims(issuer, audience, county, Instant.now().plusSeconds(600)).build();
        bad.put("alg none", new PlainJWT(good).serialize());
        bad.put("expired", hs256(claims(issuer, audience, county, Instant.now().minusSeconds(3600)).build(), secret));
        bad.put("wrong issuer", hs256(claims("someone-else", audience, county, Instant.now().plusSeconds(600)).build(), secret));
        bad.put("wrong audience", hs256(claims(issuer, "another-app", county, Instant.now().plusSeconds(600)).build(), secret));
        String valid = hs256(good, secret);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace("admin-", "admon-");
        bad.put("tampered", parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);
        bad.put("another secret", hs256(good, "another-secret-that-is-also-32-bytes-long!"));
        bad.put("RS256", rs256(good));
        bad.put("RS256 header over an HMAC signature", rs256HeaderWithHmac(good, secret));
        return bad;
    }

    private static JWTClaimsSet.Builder claims(String issuer, String audience, String county, Instant expiry) {
        return new JWTClaimsSet.Builder().subject("admin-" + county).issuer(issuer).audience(audience)
                .issueTime(Date.from(expiry.minusSeconds(1200))).expirationTime(Date.from(expiry))
                .claim("role", "COUNTY_ADMIN").claim("counties", List.of(county));
    }

    private static String hs256(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rs256(JWTClaimsSet claims) {
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

    private static String rs256HeaderWithHmac(JWTClaimsSet claims, String secret) {
        try {
            String header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build().toBase64URL().toString();
            String payload = Base64URL.encode(claims.toString()).toString();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64URL.encode(signature);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
