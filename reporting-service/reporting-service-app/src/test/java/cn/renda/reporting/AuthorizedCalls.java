package cn.renda.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** GET requests with a given {@code Authorization} header, for the HTTP-level ITs of reporting-service. */
abstract class AuthorizedCalls {

    @Autowired
    TestRestTemplate http;

    HttpHeaders headers(String authorization) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.AUTHORIZATION, authorization);
        return h;
    }

    /** The JSON answer, which must be 200. */
    JsonNode get(String path, String authorization) {
        ResponseEntity<JsonNode> r = exchange(path, authorization);
        assertThat(r.getStatusCode().value()).as(path + " " + r.getBody()).isEqualTo(200);
        return r.getBody();
    }

    ResponseEntity<JsonNode> exchange(String path, String authorization) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(authorization)), JsonNode.class);
    }

    int status(String path, String authorization) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(authorization)), String.class)
                .getStatusCode().value();
    }
}
