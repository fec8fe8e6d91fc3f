package cn.renda.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Sends the demo data's commands through the gateway, as a user would. */
public final class DemoClient {

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private volatile String token;

    public DemoClient(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    /** Calls with this bearer token from now on (a test that talks to one service directly mints its own). */
    public DemoClient useToken(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Logs in with the embedded default's dev login; later calls carry the token. */
    public void login(String username, String password) throws Exception {
        token = null;
        token = post("/api/auth/login", java.util.Map.of("username", username, "password", password))
                .get("token").asText();
    }

    /** POSTs a command; anything but 2xx stops the loader with the problem the service answered. */
    public JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> r = send(path, body);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
    }

    /**
     * For services that learn of deputies from Kafka: a refusal for an unknown deputy is retried for a minute,
     * until the deputy has arrived in that service's replica.
     */
    public JsonNode postWhenReplicated(String path, Object body) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<String> r = send(path, body);
            if (r.statusCode() / 100 == 2) {
                return r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
            }
            if (r.statusCode() != 422 || !r.body().contains("unknown-deputy") || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(200);
        }
    }

    /**
     * POSTs one file as {@code multipart/form-data} (the part named {@code field}), e.g. a deputy list to
     * {@code /deputy-imports}; anything but 2xx stops the loader with the problem the service answered.
     */
    public JsonNode postFile(String path, String field, String fileName, String contentType, byte[] content)
            throws Exception {
        String boundary = "----renda-demo-" + UUID.randomUUID();
        byte[] body = multipart(boundary, field, fileName, contentType, content);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .headers(auth())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> r = sendRetrying(request);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    /** A multipart body of one file part (RFC 7578); the file name is sent UTF-8 encoded, as browsers do. */
    static byte[] multipart(String boundary, String field, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30)).headers(auth()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private String[] auth() {
        return token == null ? new String[]{"Accept", "application/json"}
                : new String[]{"Accept", "application/json", "Authorization", "Bearer " + token};
    }

    /** Sends a POST; a 429 from the gateway's rate limit is waited out and sent again. */
    private HttpResponse<String> send(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .headers(auth())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return sendRetrying(request);
    }

    private HttpResponse<String> sendRetrying(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 429 || attempt >= 50) {
                return r;
            }
            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
        }
    }
}
