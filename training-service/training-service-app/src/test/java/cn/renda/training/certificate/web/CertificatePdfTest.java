package cn.renda.training.certificate.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.certificate.query.CertificateQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificatePdfTest {

    private static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static CertificateQueries.Certificate certificate(String title, int hours) {
        return new CertificateQueries.Certificate("K7QW3M9XPD2A", "410327", "t1", "d1", "410327100", "欧阳秀兰", title,
                hours, "2024-06-06", "2024-06-07T02:00:00Z", CertificateQueries.VALID, null, null);
    }

    @Test
    void a_long_title_wraps_yet_the_name_hours_and_code_read_back_whole() throws Exception {
        String title = "专项工作报告的审议与满意度测评暨乡镇人大代表闭会期间履职能力提升专题培训班";
        byte[] pdf = new CertificatePdf(DEFAULT_FONT).render(certificate(title, 12));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("结业证书", "欧阳秀兰 同志", "12 学时", "K7QW3M9XPD2A", "2024年6月6日");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void a_missing_configured_font_falls_back_to_an_installed_one() throws Exception {
        byte[] pdf = new CertificatePdf("/nonexistent/font.ttf").render(certificate("代表法专题培训", 4));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("欧阳秀兰", "4 学时");
        }
    }

    @Test
    void without_any_cjk_font_the_problem_names_the_path() {
        CertificatePdf pdf = new CertificatePdf("/nonexistent/font.ttf", java.util.List.of("/nonexistent/other.ttc"));
        assertThatThrownBy(() -> pdf.render(certificate("x", 1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("/nonexistent/font.ttf");
    }
}
