package cn.renda.platform.idempotency;

import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on command POSTs: the first request with a key runs in one database transaction together
 * with the events its command appends, and its 2xx answer is stored in the same transaction; a retry with the same
 * key (same county and caller) gets the stored answer back ({@code Idempotent-Replayed: true}) and creates nothing.
 * A concurrent duplicate waits on the key's row and then replays. The same key with a different body is refused
 * (422). Failed requests store nothing, so they may be retried.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String TABLE = "renda_idempotency";
    private static final Pattern COUNTY = Pattern.compile("^/api/counties/(\\d{6})/.+");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper mapper;

    public IdempotencyFilter(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mapper = mapper;
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(300) PRIMARY KEY, request_hash VARCHAR(64) "
                + "NOT NULL, status INTEGER, content_type VARCHAR(200), body VARCHAR(100000), created_at VARCHAR(40))");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || (type != null && type.startsWith("multipart/"))
                || !COUNTY.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200) {
            write(response, ProblemAdvice.problem(400, "invalid-idempotency-key", "幂等键无效", "Invalid idempotency key",
                    ProblemAdvice.pick("Idempotency-Key 须为 1 到 200 个字符。",
                    "An Idempotency-Key has 1 to 200 characters."), null).getBody(), 400);
            return;
        }
        Matcher m = COUNTY.matcher(request.getRequestURI());
        m.matches();
        String caller = Caller.current().map(Caller::user).orElse("anonymous");
        String id = m.group(1) + ":" + caller + ":" + key;
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request.getRequestURI(), body);
        BufferedRequest replayable = new BufferedRequest(request, body);

        Stored first = stored(id);
        if (first == null) {
            ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
            try {
                Boolean executed = transactions.execute(status -> {
                    try {
                        jdbc.update("INSERT INTO " + TABLE + " (id, request_hash, created_at) VALUES (?, ?, ?)",
                                id, hash, Instant.now().toString());
                    } catch (DataIntegrityViolationException duplicate) {
                        status.setRollbackOnly();
                        return false;
                    }
                    try {
                        chain.doFilter(replayable, wrapped);
                    } catch (IOException | ServletException e) {
                        throw new IllegalStateException(e);
                    }
                    if (wrapped.getStatus() / 100 == 2) {
                        jdbc.update("UPDATE " + TABLE + " SET status = ?, content_type = ?, body = ? WHERE id = ?",
                                wrapped.getStatus(), wrapped.getContentType(),
                                new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8), id);
                    } else {
                        status.setRollbackOnly();
                    }
                    return true;
                });
                if (Boolean.TRUE.equals(executed)) {
                    wrapped.copyBodyToResponse();
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Idempotent request {} failed", id, e);
                response.resetBuffer();
                write(response, ProblemAdvice.problem(500, "internal", "服务器内部错误", "Internal server error",
                        ProblemAdvice.pick("请求未能完成，请稍后使用同一幂等键重试。",
                    "The request could not be completed; retry later with the same key."), null).getBody(), 500);
                return;
            }
            first = stored(id); // a concurrent duplicate committed first
        }
        if (first == null || first.status() == null) {
            write(response, ProblemAdvice.problem(409, "idempotency-in-progress", "请求正在处理", "Request in progress",
                    ProblemAdvice.pick("使用同一幂等键的请求正在处理，请稍后重试。",
                    "A request with this key is being processed; retry shortly."), null).getBody(), 409);
            return;
        }
        if (!first.hash().equals(hash)) {
            write(response, ProblemAdvice.problem(422, "idempotency-key-reused", "幂等键已用于其他请求",
                    "Idempotency key reused", ProblemAdvice.pick("同一幂等键只能用于同一请求。",
                    "An idempotency key may be used for one request only."), null).getBody(), 422);
            return;
        }
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(first.body() == null ? new byte[0] : first.body().getBytes(StandardCharsets.UTF_8));
    }

    record Stored(String hash, Integer status, String contentType, String body) {
    }

    private Stored stored(String id) {
        List<Stored> rows = jdbc.query("SELECT request_hash, status, content_type, body FROM " + TABLE + " WHERE id = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)), id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void write(HttpServletResponse response, ProblemDetail problem, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        mapper.writeValue(response.getOutputStream(), body);
    }

    private static String hash(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
