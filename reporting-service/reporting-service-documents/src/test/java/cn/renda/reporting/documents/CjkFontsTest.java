package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontsTest {

    @Test
    void the_configured_font_comes_first_then_wenquanyi_then_noto_cjk_regular_truetype_before_opentype(@TempDir Path fonts)
            throws IOException {
        Path configured = fonts.resolve("mine.ttf");
        Path otf = Files.createDirectories(fonts.resolve("opentype/noto")).resolve("NotoSansCJK-Regular.otf");
        Path bold = Files.createDirectories(fonts.resolve("truetype/noto")).resolve("NotoSansCJK-Bold.ttc");
        Path regular = fonts.resolve("truetype/noto/NotoSerifCJK-Regular.ttc");
        for (Path p : List.of(otf, bold, regular)) Files.writeString(p, "x");
        Files.writeString(fonts.resolve("truetype/noto/NotoSans-Regular.ttf"), "x");

        assertThat(CjkFonts.candidates(configured, fonts))
                .containsExactly(configured, CjkFonts.WQY_MICROHEI, CjkFonts.WQY_ZENHEI, regular, bold, otf);
        assertThat(CjkFonts.candidates(null, fonts.resolve("missing")))
                .containsExactly(CjkFonts.WQY_MICROHEI, CjkFonts.WQY_ZENHEI);
    }

    @Test
    void a_file_that_is_not_a_font_is_skipped_with_its_reason(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttc"), "not a font");

        try (PDDocument doc = new PDDocument()) {
            assertThatThrownBy(() -> CjkFonts.load(doc, List.of(broken)))
                    .isInstanceOf(CjkFontNotFoundException.class)
                    .satisfies(e -> assertThat(((CjkFontNotFoundException) e).tried()).singleElement()
                            .asString().startsWith(broken + " (").doesNotContain("not found"));
        }
    }
}
