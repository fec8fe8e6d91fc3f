package cn.renda.training.certificate.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.training.certificate.query.CertificateQueries;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;

/** A county's certificates: list, one, and its PDF. */
@RestController
@RequestMapping("/api/counties/{county}/certificates")
class CertificateController {

    private final CertificateQueries queries;
    private final CertificatePdf pdf;

    CertificateController(CertificateQueries queries, CertificatePdf pdf) {
        this.queries = queries;
        this.pdf = pdf;
    }

    @GetMapping
    Map<String, Object> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @RequestParam(required = false) @Size(max = 64) String deputyId,
                             @RequestParam(required = false) @Size(max = 64) String trainingId) {
        return Map.of("items", queries.find(county, deputyId, trainingId));
    }

    @GetMapping("/{code}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                          @PathVariable @Size(max = 32) String code) {
        return queries.get(county, code.toUpperCase(Locale.ROOT)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(ProblemAdvice::notFound);
    }

    /** The certificate as a PDF; a revoked one is not printed again. */
    @GetMapping("/{code}/pdf")
    ResponseEntity<?> pdf(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                          @PathVariable @Size(max = 32) String code) {
        var found = queries.get(county, code.toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            return ProblemAdvice.notFound();
        }
        CertificateQueries.Certificate c = found.get();
        if (!c.valid()) {
            throw new DomainException(409, "certificate-revoked", "证书已撤销", "Certificate revoked",
                    "该证书已于 " + c.revokedAt() + " 撤销：" + c.reason(),
                    "This certificate was revoked at " + c.revokedAt() + ": " + c.reason());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + c.code() + ".pdf").build().toString())
                .body(pdf.render(c));
    }
}
