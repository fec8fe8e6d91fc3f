package cn.renda.gateway.security;

import cn.renda.gateway.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * {@code POST /api/auth/login {"username","password"} -> {"token"}} for the demo users. Exists only when
 * {@code renda.security.dev-login.enabled=true} (the embedded default); production logs in at its OIDC issuer.
 */
@RestController
@ConditionalOnProperty("renda.security.dev-login.enabled")
class DevLoginController {

    record LoginRequest(String username, String password) {
    }

    private final TokenIssuer issuer;
    private final DemoUsers users;
    private final byte[] password;

    DevLoginController(TokenIssuer issuer, SecurityProperties properties) {
        this.issuer = issuer;
        this.users = new DemoUsers(properties.devLogin().counties());
        this.password = properties.devLogin().password().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/api/auth/login")
    Mono<Object> login(@RequestBody(required = false) LoginRequest body, ServerWebExchange exchange) {
        if (body == null || body.username() == null || body.password() == null) {
            return Problems.write(exchange, HttpStatus.BAD_REQUEST, "validation", "请求数据校验未通过",
                    "The request did not pass validation", "请填写用户名和密码。", "Give a username and a password.")
                    .then(Mono.empty());
        }
        boolean passwordOk = MessageDigest.isEqual(password, body.password().getBytes(StandardCharsets.UTF_8));
        return users.find(body.username()).filter(u -> passwordOk)
                .<Mono<Object>>map(caller -> Mono.just(Map.of("token", issuer.issue(caller), "role",
                        caller.role().name(), "counties", caller.counties())))
                .orElseGet(() -> Problems.write(exchange, HttpStatus.UNAUTHORIZED, "bad-credentials", "用户名或密码错误",
                        "Wrong username or password", "请检查用户名和密码。", "Check the username and the password.")
                        .then(Mono.empty()));
    }
}
