package cn.renda.platform.tracing;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMdcFilterTest {

    @Test
    void a_county_request_logs_with_its_county_user_and_request_id_and_leaves_the_mdc_clean() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/counties/410327/townships");
        request.addHeader("X-Renda-User", "clerk-410327-01");
        request.addHeader("X-Request-Id", "req-1");
        Map<String, String> seen = new HashMap<>();
        MDC.put("county", "outer");

        new RequestMdcFilter().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                }, (req, res, chain) -> seen.putAll(MDC.getCopyOfContextMap())));

        assertThat(seen).containsEntry("county", "410327").containsEntry("user", "clerk-410327-01")
                .containsEntry("requestId", "req-1");
        assertThat(MDC.get("county")).isEqualTo("outer");
        assertThat(MDC.get("user")).isNull();
        MDC.clear();
    }

    @Test
    void only_a_six_digit_county_path_names_a_county() {
        assertThat(RequestMdcFilter.county("/api/counties/410327")).isEqualTo("410327");
        assertThat(RequestMdcFilter.county("/api/counties/4103271/x")).isNull();
        assertThat(RequestMdcFilter.county("/api/public/certificates/1")).isNull();
    }
}
