package cn.renda.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoClientTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a_file_goes_as_one_multipart_part_and_a_429_is_waited_out() throws Exception {
        List<String> contentTypes = new CopyOnWriteArrayList<>();
        List<byte[]> bodies = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/counties/410327/deputy-imports", exchange -> {
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(exchange.getRequestBody().readAllBytes());
            byte[] answer;
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                answer = "{\"title\":\"too many\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(429, answer.length);
            } else {
                answer = "{\"imported\":1,\"ids\":[\"d-1\"]}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, answer.length);
            }
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        DemoClient client = new DemoClient("http://127.0.0.1:" + server.getAddress().getPort()).useToken("t");

        byte[] file = {'P', 'K', 3, 4, 0, (byte) 0xff, '\r', '\n', 'x'};
        JsonNode answer = client.postFile("/api/counties/410327/deputy-imports", "file", "deputies-410327100.xlsx",
                DeputyListWorkbook.CONTENT_TYPE, file);

        assertThat(answer.get("ids").get(0).asText()).isEqualTo("d-1");
        assertThat(calls).hasValue(2);
        String contentType = contentTypes.get(1);
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        byte[] body = bodies.get(1);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"deputies-410327100.xlsx\"\r\nContent-Type: " + DeputyListWorkbook.CONTENT_TYPE + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        assertThat(new String(body, 0, head.length(), StandardCharsets.ISO_8859_1)).isEqualTo(head);
        byte[] part = java.util.Arrays.copyOfRange(body, head.length(), body.length - tail.length());
        assertThat(part).isEqualTo(file);
        assertThat(new String(body, body.length - tail.length(), tail.length(), StandardCharsets.ISO_8859_1))
                .isEqualTo(tail);
    }

    @Test
    void a_refused_file_stops_the_loader_with_the_services_problem() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] answer = "{\"type\":\"urn:renda:problem:import-rows-invalid\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(422, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        DemoClient client = new DemoClient("http://127.0.0.1:" + server.getAddress().getPort());

        assertThatThrownBy(() -> client.postFile("/x", "file", "a.xlsx", DeputyListWorkbook.CONTENT_TYPE, new byte[]{1}))
                .hasMessageContaining("422").hasMessageContaining("import-rows-invalid");
    }
}
