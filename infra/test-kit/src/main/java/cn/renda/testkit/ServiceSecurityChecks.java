package cn.renda.testkit;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service checks what the gateway checked, on its own: every bad token is a 401; another county's admin and an
 * operator get 403; an analyst may read but not write; the county's admin may read.
 */
public final class ServiceSecurityChecks {

    private ServiceSecurityChecks() {
    }

    public static void verify(TestRestTemplate http, Environment env, String county, String readPath, String writePath) {
        String secret = env.getRequiredProperty("renda.security.jwt.secret");
        String issuer = env.getRequiredProperty("renda.security.jwt.issuer");
        String audience = env.getRequiredProperty("renda.security.jwt.audience");
        String other = String.valueOf(Integer.parseInt(county) == 999999 ? 110000 : Integer.parseInt(county) + 1);
        assertThat(status(http, HttpMethod.GET, readPath, "none")).as("no token").isEqualTo(401);
        BadTokens.all(secret, issuer, audience, county).forEach((kind, token) ->
                assertThat(status(http, HttpMethod.GET, readPath, "Bearer " + token)).as(kind).isEqualTo(401));
        String otherAdmin = TestAuthentication.token(secret, issuer, audience, "admin-" + other, "COUNTY_ADMIN",
                List.of(other), null);
        assertThat(status(http, HttpMethod.GET, readPath, "Bearer " + otherAdmin)).as("another county").isEqualTo(403);
        assertThat(status(http, HttpMethod.POST, writePath, "Bearer " + otherAdmin)).as("another county writing").isEqualTo(403);
        String operator = TestAuthentication.token(secret, issuer, audience, "operator", "OPERATOR", List.of(), null);
        assertThat(status(http, HttpMethod.GET, readPath, "Bearer " + operator)).as("operator").isEqualTo(403);
        String analyst = TestAuthentication.token(secret, issuer, audience, "analyst", "ANALYST", List.of(other, county), null);
        assertThat(status(http, HttpMethod.GET, readPath, "Bearer " + analyst)).as("analyst reading").isEqualTo(200);
        assertThat(status(http, HttpMethod.POST, writePath, "Bearer " + analyst)).as("analyst writing").isEqualTo(403);
        String admin = TestAuthentication.token(secret, issuer, audience, "admin-" + county, "COUNTY_ADMIN",
                List.of(county), null);
        assertThat(status(http, HttpMethod.GET, readPath, "Bearer " + admin)).as("the county's admin").isEqualTo(200);
    }

    private static int status(TestRestTemplate http, HttpMethod method, String path, String authorization) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.AUTHORIZATION, authorization);
        h.set(HttpHeaders.CONTENT_TYPE, "application/json");
        return http.exchange(path, method, new HttpEntity<>("{}", h), String.class).getStatusCode().value();
    }
}
