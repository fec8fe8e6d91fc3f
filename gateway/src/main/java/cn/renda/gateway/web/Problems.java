package cn.renda.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** RFC 9457 problem+json answered by the gateway itself, Chinese unless the caller asks for English. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static boolean english(ServerWebExchange exchange) {
        String lang = exchange.getRequest().getHeaders().getFirst("Accept-Language");
        return lang != null && lang.toLowerCase().startsWith("en");
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String zhTitle,
                                   String enTitle, String zhDetail, String enDetail) {
        boolean en = english(exchange);
        ObjectNode body = JSON.createObjectNode()
                .put("type", "urn:renda:problem:" + type)
                .put("title", en ? enTitle : zhTitle)
                .put("status", status.value())
                .put("detail", en ? enDetail : zhDetail)
                .put("instance", exchange.getRequest().getPath().value());
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(body.toString().getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
