package cn.renda.training.certificate.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.certificate.query.CertificateQueries;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders a certificate (结业证书) as a one-page A4 landscape PDF with PDFBox. Chinese text needs a font with CJK
 * glyphs in TrueType outlines: {@code renda.training.certificate-font} names a .ttf or .ttc file (the first font of
 * a collection is used); the default is Debian's fonts-wqy-microhei, and when that file is absent the other
 * {@link #FALLBACKS} are tried. The glyphs used are embedded as a subset, so
 * the PDF opens anywhere.
 */
@Component
class CertificatePdf {

    /** Debian's TrueType CJK fonts, tried in this order when the configured file is absent. */
    static final List<String> FALLBACKS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final File fontFile;

    @Autowired
    CertificatePdf(@Value("${renda.training.certificate-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}")
                   String fontPath) {
        this(fontPath, FALLBACKS);
    }

    CertificatePdf(String fontPath, List<String> fallbacks) {
        File configured = new File(fontPath);
        this.fontFile = configured.isFile() ? configured : fallbacks.stream().map(File::new).filter(File::isFile)
                .findFirst().orElse(configured);
    }

    byte[] render(CertificateQueries.Certificate c) {
        if (!fontFile.isFile()) {
            throw new DomainException(503, "certificate-font-missing", "缺少证书字体", "Certificate font missing",
                    "服务器上没有中文字体文件 " + fontFile + "（请安装 fonts-wqy-microhei 或设置 renda.training.certificate-font）。",
                    "No CJK font at " + fontFile + " (install Debian's fonts-wqy-microhei or set "
                            + "renda.training.certificate-font to a .ttf/.ttc with Chinese glyphs).");
        }
        try (PDDocument doc = new PDDocument()) {
            if (fontFile.getName().toLowerCase().endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
                    AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                    collection.processAllFonts(f -> first.compareAndSet(null, f));
                    return write(doc, PDType0Font.load(doc, first.get(), true), c);
                }
            }
            return write(doc, PDType0Font.load(doc, fontFile), c);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot render certificate " + c.code() + " with font " + fontFile, e);
        }
    }

    private static byte[] write(PDDocument doc, PDFont font, CertificateQueries.Certificate c) throws IOException {
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("结业证书 " + c.code());
        info.setSubject(c.title());
        float width = a4.getWidth();
        float margin = 90;
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            out.setLineWidth(2);
            out.addRect(30, 30, width - 60, a4.getHeight() - 60);
            out.stroke();
            centred(out, font, 34, "结业证书", width, a4.getHeight() - 110);
            centred(out, font, 14, "Certificate of Completion", width, a4.getHeight() - 135);
            float y = a4.getHeight() - 200;
            y = paragraph(out, font, 18, c.deputyName() + " 同志：", margin, y, width - 2 * margin);
            String body = "于 " + chineseDate(c.date()) + " 参加《" + c.title() + "》培训，完成 " + c.hours()
                    + " 学时，经审核合格，准予结业，特发此证。";
            y = paragraph(out, font, 18, "        " + body, margin, y - 10, width - 2 * margin);
            y = paragraph(out, font, 12, "This certifies that " + c.deputyName() + " completed the training \""
                    + c.title() + "\" of " + c.hours() + " hours on " + c.date() + ".", margin, y - 10,
                    width - 2 * margin);
            y = paragraph(out, font, 14, "培训学时 Hours: " + c.hours() + " 学时", margin, y - 20, width - 2 * margin);
            paragraph(out, font, 14, "证书编号（验证码） Verification code: " + c.code(), margin, y,
                    width - 2 * margin);
            paragraph(out, font, 11, "核验：/api/public/certificates/" + c.code(), margin, 95, width - 2 * margin);
            String issued = c.completedAt() == null ? c.date() : c.completedAt().substring(0, 10);
            paragraph(out, font, 14, "县人大常委会    " + chineseDate(issued), width - margin - 260, 70, 260);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && text.charAt(j) > ' ' && text.charAt(j) < 0x80) {
                j++;
            }
            if (j == i) {
                int cp = text.codePointAt(i);
                j = i + Character.charCount(cp);
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    private static String chineseDate(String iso) {
        if (iso == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void centred(PDPageContentStream out, PDFont font, float size, String text, float pageWidth,
                                float y) throws IOException {
        float w = font.getStringWidth(text) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset((pageWidth - w) / 2, y);
        out.showText(text);
        out.endText();
    }

    /**
     * Writes text wrapped to the width: Chinese breaks between any two characters, a run of Latin letters, digits
     * and punctuation stays whole.
     */
    private static float paragraph(PDPageContentStream out, PDFont font, float size, String text, float x, float y,
                                   float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            if (!line.isEmpty() && font.getStringWidth(line + token) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(token);
        }
        lines.add(line.toString());
        float leading = size * 1.6f;
        for (String l : lines) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(l);
            out.endText();
            y -= leading;
        }
        return y;
    }
}
