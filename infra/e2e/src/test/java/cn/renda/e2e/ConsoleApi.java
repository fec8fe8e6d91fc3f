package cn.renda.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The gateway's API as the browser tests read it to compare with the console (and set up what a page needs):
 * java.net.http, one token per user.
 */
final class ConsoleApi {

    static final String PASSWORD = "renda-demo";
    /** HTTP/1.1: no h2c upgrade header, which a proxy in front of the gateway (Vite's dev server) takes for a WebSocket. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    ConsoleApi(String gateway) {
        this.gateway = gateway;
    }

    /** The token of a demo user (logged in once). */
    String token(String user) throws Exception {
        String token = tokens.get(user);
        if (token == null) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/auth/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("username", user, "password", PASSWORD)), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login " + user + ": " + r.statusCode() + " " + r.body());
            }
            token = JSON.readTree(r.body()).get("token").asText();
            tokens.put(user, token);
        }
        return token;
    }

    /** GET as this user; fails unless 200. */
    JsonNode get(String user, String path, Map<String, String> query) throws Exception {
        String q = query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path + q))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token(user))
                .header("Accept-Language", "zh-CN").GET().build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + q + " as " + user + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    JsonNode get(String user, String path) throws Exception {
        return get(user, path, Map.of());
    }

    /** POST a JSON body as this user; fails unless 2xx. The answer's JSON ({@code {"id": …}} for a command). */
    JsonNode post(String user, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " as " + user + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }
}
