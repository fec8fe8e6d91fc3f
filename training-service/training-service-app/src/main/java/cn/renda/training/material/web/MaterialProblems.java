package cn.renda.training.material.web;

import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.problem.ProblemTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Upload errors as problems: a missing file part is 400, a file over the limit 413 (not the generic 500). */
@RestControllerAdvice(assignableTypes = MaterialController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaterialProblems {

    private static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return ProblemAdvice.problem(400, ProblemTypes.VALIDATION, "请求校验失败", "Validation failed",
                chinese() ? "缺少上传的文件（表单字段 " + e.getRequestPartName() + "）。"
                        : "The uploaded file (form field " + e.getRequestPartName() + ") is missing.", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ProblemAdvice.problem(413, "payload-too-large", "文件过大", "File too large",
                chinese() ? "资料文件不得超过 19 MB。" : "A material file may be at most 19 MB.", null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return ProblemAdvice.problem(400, ProblemTypes.MALFORMED, "请求格式错误", "Malformed request",
                chinese() ? "请以 multipart/form-data 上传资料文件。" : "Upload the material as multipart/form-data.",
                null);
    }
}
