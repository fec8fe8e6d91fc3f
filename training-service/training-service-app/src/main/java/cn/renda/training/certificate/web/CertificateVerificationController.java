package cn.renda.training.certificate.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.certificate.query.CertificateQueries;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Public verification of a certificate's code (no county, no login): a known code answers what the certificate
 * says and {@code status} {@code VALID} or {@code REVOKED} (with the reason); an unknown code answers 404
 * {@code unknown-certificate}.
 */
@RestController
class CertificateVerificationController {

    private final CertificateQueries queries;

    CertificateVerificationController(CertificateQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/public/certificates/{code}")
    Map<String, Object> verify(@PathVariable @Pattern(regexp = "[A-Za-z0-9]{4,32}") String code) {
        CertificateQueries.Certificate c = queries.byCode(code.toUpperCase(Locale.ROOT)).orElseThrow(() ->
                new DomainException(404, "unknown-certificate", "证书不存在", "Unknown certificate",
                        "没有验证码为 " + code + " 的证书。", "No certificate has the code " + code + "."));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", c.code());
        answer.put("status", c.status());
        answer.put("valid", c.valid());
        answer.put("statusLabel", c.valid() ? "有效 valid" : "已撤销 revoked");
        answer.put("county", c.county());
        answer.put("deputyName", c.deputyName());
        answer.put("title", c.title());
        answer.put("hours", c.hours());
        answer.put("date", c.date());
        if (!c.valid()) {
            answer.put("reason", c.reason());
            answer.put("revokedAt", c.revokedAt());
        }
        return answer;
    }
}
