package cn.renda.gateway;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Every way a token can be wrong is a 401 problem+json at the gateway: none, {@code alg: none}, expired, wrong
 * issuer, wrong audience, tampered payload, signed with another secret, RS256, and an RS256 header over an HMAC
 * signature made with the shared secret. Only a good token passes the door (and then meets the county check).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER,
        "renda.services.reporting=http://127.0.0.1:9"})
class AuthenticationTest {

    @Autowired
    WebTestClient client;

    JWTClaimsSet good() {
        return TestTokens.claims("admin-410327", "COUNTY_ADMIN", List.of("410327")).build();
    }

    void unauthorized(String token) {
        client.get().uri("/api/counties/410327/overview")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:renda:problem:unauthenticated");
    }

    @Test
    void no_token() {
        unauthorized(null);
    }

    @Test
    void alg_none() {
        unauthorized(TestTokens.unsigned(good()));
    }

    @Test
    void expired() {
        Instant past = Instant.now().minusSeconds(3600);
        unauthorized(TestTokens.hs256(TestTokens.claims("admin-410327", "COUNTY_ADMIN", List.of("410327"))
                .issueTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build()));
    }

    @Test
    void wrong_issuer() {
        unauthorized(TestTokens.hs256(TestTokens.claims("admin-410327", "COUNTY_ADMIN", List.of("410327"))
                .issuer("someone-else").build()));
    }

    @Test
    void wrong_audience() {
        unauthorized(TestTokens.hs256(TestTokens.claims("admin-410327", "COUNTY_ADMIN", List.of("410327"))
                .audience("another-app").build()));
    }

    @Test
    void tampered_payload() {
        unauthorized(TestTokens.tamper(TestTokens.hs256(good())));
    }

    @Test
    void signed_with_another_secret() {
        unauthorized(TestTokens.hs256(good(), "another-secret-that-is-also-32-bytes-long"));
    }

    @Test
    void rs256_token() {
        unauthorized(TestTokens.rs256(good()));
    }

    @Test
    void rs256_header_over_an_hmac_signature_made_with_the_secret() {
        unauthorized(TestTokens.rs256HeaderWithHmacSignature(good()));
    }

    @Test
    void a_good_token_passes_the_door() {
        // the backend address is closed: passing authentication and the county check shows as a gateway error, not 401/403
        int status = client.get().uri("/api/counties/410327/overview").headers(h -> h.setBearerAuth(TestTokens.hs256(good())))
                .exchange().returnResult(String.class).getStatus().value();
        org.assertj.core.api.Assertions.assertThat(status).isNotIn(401, 403).isGreaterThanOrEqualTo(500);
    }

    @Test
    void the_dev_login_does_not_exist_unless_switched_on() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin-410327\",\"password\":\"renda-demo\"}").exchange()
                .expectStatus().value(s -> org.assertj.core.api.Assertions.assertThat(s).isIn(401, 404));
    }
}
