package io.escapement.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders XHTML to PDF with openhtmltopdf, its text set in WenQuanYi Micro Hei ({@value
 * #FONT_RESOURCE}, font family {@value #FONT_FAMILY} in the CSS), embedded as a subset so Chinese
 * renders on any printer. Shared by the waybill label and the e-invoice.
 *
 * <p>Thread-safe: the font collection is read from the class path once and parsed into faces that
 * renders borrow one at a time, so a render pays for its glyph subset only, not for parsing a 5 MB
 * collection (see ADR 0045). A face is never used by two renders at once: PDFBox reads it through
 * one shared stream. At most {@link #IDLE_FACES} parsed faces are kept between renders.
 */
@Component
public final class HtmlPdf {

    public static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    public static final String FONT_NAME = "WenQuanYiMicroHei";

    /** The font family the HTML names: {@code font-family: 'wqy'}. */
    public static final String FONT_FAMILY = "wqy";

    private static final int IDLE_FACES = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** A parsed face and the collection whose stream it reads. */
    private record Face(TrueTypeCollection collection, TrueTypeFont font) {}

    private final byte[] fontCollection;
    private final BlockingQueue<Face> idle = new ArrayBlockingQueue<>(IDLE_FACES);

    /** Reads the font collection from the class path. */
    public HtmlPdf() {
        try (var in = HtmlPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + FONT_RESOURCE);
            }
            this.fontCollection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML document as PDF bytes. */
    public byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var face = borrow();
        try (var document = new PDDocument()) {
            var font = PDType0Font.load(document, face.font(), true);
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(font), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            giveBack(face);
        }
        return out.toByteArray();
    }

    /**
     * The text cut to {@code max} characters (with an ellipsis), without characters XML forbids, and
     * escaped for XHTML: a name cannot add markup to the document.
     */
    public static String text(String value, int max) {
        var cut = value.codePointCount(0, value.length()) > max
                ? value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…"
                : value;
        var escaped = new StringBuilder(cut.length() + 16);
        cut.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    } else {
                        escaped.append(' ');
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private Face borrow() {
        var face = idle.poll();
        if (face != null) {
            return face;
        }
        TrueTypeCollection collection = null;
        try {
            collection = new TrueTypeCollection(new ByteArrayInputStream(fontCollection));
            var font = collection.getFontByName(FONT_NAME);
            if (font == null) {
                throw new IllegalStateException(FONT_NAME + " is not in " + FONT_RESOURCE);
            }
            return new Face(collection, font);
        } catch (IOException | RuntimeException e) {
            closeQuietly(collection);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void giveBack(Face face) {
        if (!idle.offer(face)) {
            closeQuietly(face.collection());
        }
    }

    private static void closeQuietly(@Nullable TrueTypeCollection collection) {
        if (collection == null) {
            return;
        }
        try {
            collection.close();
        } catch (IOException ignored) {
            // an in-memory stream: nothing left to release
        }
    }
}
