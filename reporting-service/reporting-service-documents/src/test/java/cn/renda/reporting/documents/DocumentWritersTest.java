package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentWritersTest {
    private final DocumentWriters writers = new DocumentWriters(null);

    private byte[] write(Table table, DocumentFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writers.write(table, format, out);
        return out.toByteArray();
    }

    @Test
    void a_table_is_written_in_each_of_the_four_formats() throws IOException {
        Table table = Tables.townships().build();

        assertThat(new String(write(table, DocumentFormat.CSV), StandardCharsets.UTF_8)).contains("筛选条件,县,410327");
        assertThat(Arrays.copyOf(write(table, DocumentFormat.XLSX), 2)).containsExactly('P', 'K');
        assertThat(Arrays.copyOf(write(table, DocumentFormat.DOCX), 2)).containsExactly('P', 'K');
        try (PDDocument pdf = Loader.loadPDF(write(table, DocumentFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("筛选条件：县 410327；乡镇 全部", "香鹿山镇", "0.372");
        }
    }

    @Test
    void a_report_has_no_spreadsheet_form_and_formats_come_from_the_request_parameter() {
        assertThatThrownBy(() -> writers.write(Reports.sample(), DocumentFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DocumentFormat.fromParameter(" XLSX ")).isEqualTo(DocumentFormat.XLSX);
        assertThatThrownBy(() -> DocumentFormat.fromParameter("odt")).hasMessageContaining("csv, xlsx, docx or pdf");
        assertThat(DocumentWriters.fileName("410327/乡镇:统计", DocumentFormat.PDF)).isEqualTo("410327_乡镇_统计.pdf");
    }
}
