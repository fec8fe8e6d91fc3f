package cn.renda.platform.problem;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error a service answers is RFC 9457 problem+json with a stable {@code type}, a Chinese title and detail
 * (English when the request asks for it with {@code Accept-Language: en}), and per-field {@code errors}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public static ResponseEntity<ProblemDetail> problem(int status, String slug, String zhTitle, String enTitle,
                                                        String detail, List<Map<String, Object>> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(ProblemTypes.uri(slug));
        pd.setTitle(chinese() ? zhTitle : enTitle);
        pd.setDetail(detail);
        if (errors != null && !errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    public static String pick(String zh, String en) {
        return chinese() ? zh : en;
    }

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> domain(DomainException e) {
        boolean zh = chinese();
        ProblemDetail pd = ProblemDetail.forStatus(e.status());
        pd.setType(ProblemTypes.uri(e.type()));
        pd.setTitle(e.title(zh));
        pd.setDetail(e.detail(zh));
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(fe.getField(), fe.getDefaultMessage(), fe.getRejectedValue()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(fieldError(ge.getObjectName(), ge.getDefaultMessage(), null)));
        return validation(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getBeanResults().forEach(r -> r.getFieldErrors().forEach(fe ->
                errors.add(fieldError(fe.getField(), fe.getDefaultMessage(), fe.getRejectedValue()))));
        e.getValueResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(fieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage(),
                        r.getArgument()))));
        return validation(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v ->
                errors.add(fieldError(v.getPropertyPath().toString(), v.getMessage(), v.getInvalidValue())));
        return validation(errors);
    }

    private ResponseEntity<ProblemDetail> validation(List<Map<String, Object>> errors) {
        return problem(400, ProblemTypes.VALIDATION, "请求数据校验未通过", "The request did not pass validation",
                pick("请根据 errors 中列出的字段修改后重试。", "Correct the fields listed in errors and try again."), errors);
    }

    private static Map<String, Object> fieldError(String field, String message, Object rejected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        if (rejected != null && !(rejected instanceof Iterable<?>) && String.valueOf(rejected).length() <= 200) {
            m.put("rejectedValue", String.valueOf(rejected));
        }
        return m;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    public ResponseEntity<ProblemDetail> malformed(Exception e) {
        return problem(400, ProblemTypes.MALFORMED, "请求格式错误", "Malformed request",
                pick("请求体或参数无法解析，请检查 JSON 格式与字段类型。",
                        "The request body or a parameter could not be read; check the JSON and the field types."),
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(415, "unsupported-media-type", "不支持的内容类型", "Unsupported media type",
                pick("请以 application/json 提交。", "Send application/json."), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(405, "method-not-allowed", "不支持的请求方法", "Method not allowed",
                pick("该地址不支持此请求方法。", "This address does not accept that method."), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(Exception e) {
        return notFound();
    }

    public static ResponseEntity<ProblemDetail> notFound() {
        return problem(404, ProblemTypes.NOT_FOUND, "未找到", "Not found",
                pick("请求的记录或地址不存在。", "The record or address does not exist."), null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> internal(Exception e) {
        log.error("Unhandled error", e);
        return problem(500, ProblemTypes.INTERNAL, "服务器内部错误", "Internal server error",
                pick("请求未能完成，请稍后重试。", "The request could not be completed; try again later."), null);
    }
}
