package cn.renda.reporting.documents;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds and loads a font that shows Chinese: the configured path first, then WenQuanYi Micro Hei and Zen Hei, then
 * any Noto CJK font under {@code /usr/share/fonts}. TrueType collections (.ttc) are read with
 * {@link TrueTypeCollection}; a font that cannot be loaded or lacks Chinese glyphs is skipped with its reason.
 */
final class CjkFonts {
    static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path WQY_ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final Path SYSTEM_FONTS = Path.of("/usr/share/fonts");
    private static final String PROBE = "人大代表统计年月日０１";

    private CjkFonts() {
    }

    /** The paths to try, in order. */
    static List<Path> candidates(Path configured, Path systemFonts) {
        List<Path> paths = new ArrayList<>();
        if (configured != null) paths.add(configured);
        paths.add(WQY_MICROHEI);
        paths.add(WQY_ZENHEI);
        paths.addAll(notoCjk(systemFonts));
        return paths;
    }

    private static List<Path> notoCjk(Path root) {
        if (root == null || !Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.find(root, 6, (p, a) -> a.isRegularFile() && isNotoCjk(p))) {
            return files.sorted(Comparator.comparing(CjkFonts::notoPreference).thenComparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isNotoCjk(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("noto") && name.contains("cjk")
                && (name.endsWith(".ttc") || name.endsWith(".ttf") || name.endsWith(".otf"));
    }

    /** Regular weights and TrueType files first; OpenType/CFF fonts last since PDFBox may not embed them. */
    private static int notoPreference(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int score = name.contains("regular") ? 0 : 2;
        return score + (name.endsWith(".otf") ? 4 : 0);
    }

    /** A loaded font and what must stay open until the document is saved. */
    record Loaded(PDType0Font font, Path path, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (resource == null) return;
            try {
                resource.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** Loads the first usable candidate into {@code doc}, or throws naming every path tried. */
    static Loaded load(PDDocument doc, List<Path> candidates) {
        List<String> tried = new ArrayList<>();
        for (Path path : candidates) {
            if (!Files.isRegularFile(path)) {
                tried.add(path + " (not found)");
                continue;
            }
            try {
                Loaded loaded = loadOne(doc, path);
                try {
                    loaded.font().encode(PROBE);
                    return loaded;
                } catch (IllegalArgumentException | IOException e) {
                    loaded.close();
                    tried.add(path + " (no Chinese glyphs)");
                }
            } catch (IOException | RuntimeException e) {
                tried.add(path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        throw new CjkFontNotFoundException(tried);
    }

    private static Loaded loadOne(PDDocument doc, Path path) throws IOException {
        File file = path.toFile();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new Loaded(PDType0Font.load(doc, file), path, null);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file);
        try {
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            TrueTypeFont chosen = fonts.stream()
                    .filter(f -> name(f).contains("SC") || name(f).contains("Hei"))
                    .findFirst().orElse(fonts.isEmpty() ? null : fonts.get(0));
            if (chosen == null) throw new IOException("empty font collection");
            return new Loaded(PDType0Font.load(doc, chosen, true), path, collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    private static String name(TrueTypeFont font) {
        try {
            String n = font.getName();
            return n == null ? "" : n;
        } catch (IOException e) {
            return "";
        }
    }
}
