package io.escapement.shipping.waybill;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.escapement.platform.pdf.HtmlPdf;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link WaybillLabel} as a single-page 100 × 150 mm PDF (the thermal label size
 * carriers print): the carrier, a Code 128 barcode of the waybill number, the masked recipient,
 * the sender as a business, the order number and a QR code. Text is set in WenQuanYi Micro Hei,
 * embedded as a subset so Chinese renders on any printer. Every text is escaped and cut to the
 * room it has, so a long merchant name or detail line cannot spill onto a second page.
 *
 * <p>Thread-safe: the font and the rendering are {@link HtmlPdf}'s, which parses the font collection
 * once and lends the parsed faces to renders (see ADR 0045).
 */
@Component
public class WaybillPdf {

    private static final int TAG_MAX = 6;
    private static final int CARRIER_MAX = 16;
    private static final int NAME_MAX = 16;
    private static final int PHONE_MAX = 24;
    private static final int REGION_MAX = 16;
    private static final int DETAIL_MAX = 48;
    private static final int BUSINESS_MAX = 40;
    private static final int ORDER_MAX = 40;

    private static final int BARCODE_QUIET_MODULES = 10;
    private static final int BLACK = 0xFF000000;

    private static final String CSS = """
            @page { size: 100mm 150mm; margin: 0; }
            body { margin: 0; font-family: 'wqy'; font-size: 9pt; color: #000; }
            .label { width: 94mm; height: 143mm; padding: 3mm; overflow: hidden; }
            .box { border: 0.4mm solid #000; overflow: hidden; }
            .head { height: 9mm; padding: 1mm 2mm; }
            .carrier { font-size: 15pt; float: left; }
            .printed { float: right; font-size: 8pt; padding-top: 2mm; }
            .code { height: 27mm; text-align: center; border-top: none; padding-top: 1.5mm; }
            .code img { width: 86mm; height: 18mm; }
            .number { font-size: 12pt; letter-spacing: 0.5mm; }
            .party { padding: 1.5mm 2mm; border-top: none; }
            .recipient { height: 36mm; }
            .sender { height: 19mm; }
            .party table { width: 100%; border-collapse: collapse; }
            .party td { vertical-align: top; padding: 0; }
            .tag { width: 8mm; padding: 0.5mm 1mm; font-size: 13pt; text-align: center;
                   border: 0.4mm solid #000; }
            .gap { width: 2mm; }
            .who { font-size: 14pt; height: 10mm; overflow: hidden; }
            .line { font-size: 10.5pt; overflow: hidden; word-wrap: break-word; }
            .foot { height: 33mm; border-top: none; }
            .foot td { vertical-align: top; padding: 1.5mm; }
            .qr img { width: 30mm; height: 30mm; }
            .note { font-size: 8pt; padding-top: 2mm; }
            """;

    private final MessageSource messages;
    private final HtmlPdf pdf;

    /** A renderer with a font collection of its own, for tests and benchmarks. */
    public WaybillPdf(MessageSource messages) {
        this(messages, new HtmlPdf());
    }

    @Autowired
    public WaybillPdf(MessageSource messages, HtmlPdf pdf) {
        this.messages = messages;
        this.pdf = pdf;
    }

    /** The label as PDF bytes, its captions in the given language. */
    public byte[] render(WaybillLabel label, Locale locale) {
        return pdf.render(html(label, locale));
    }

    String html(WaybillLabel label, Locale locale) {
        var html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(text(message("waybill.pdf.title", locale, label.waybillNumber()), 80))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body><div class=\"label\">");
        html.append("<div class=\"box head\"><span class=\"carrier\">")
                .append(text(label.carrierName(), CARRIER_MAX))
                .append("</span><span class=\"printed\">")
                .append(text(message("waybill.pdf.printed", locale), 20))
                .append(' ')
                .append(label.printedOn().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append("</span></div>");
        html.append("<div class=\"box code\"><img alt=\"\" src=\"")
                .append(png(barcode(label.waybillNumber())))
                .append("\"/><div class=\"number\">")
                .append(text(label.waybillNumber(), 40))
                .append("</div></div>");
        html.append("<div class=\"box party recipient\"><table><tr><td class=\"tag\">")
                .append(text(message("waybill.pdf.recipient", locale), TAG_MAX))
                .append("</td><td class=\"gap\"></td><td><div class=\"who\">")
                .append(text(label.recipientNameMasked(), NAME_MAX))
                .append("  ")
                .append(text(label.recipientPhoneMasked(), PHONE_MAX))
                .append("</div><div class=\"line\">")
                .append(text(label.province(), REGION_MAX))
                .append(' ')
                .append(text(label.city(), REGION_MAX))
                .append(' ')
                .append(text(label.district(), REGION_MAX))
                .append("</div><div class=\"line\">")
                .append(text(label.detailMasked(), DETAIL_MAX))
                .append("</div></td></tr></table></div>");
        html.append("<div class=\"box party sender\"><table><tr><td class=\"tag\">")
                .append(text(message("waybill.pdf.sender", locale), TAG_MAX))
                .append("</td><td class=\"gap\"></td><td><div class=\"line\">")
                .append(text(label.senderBusinessName(), BUSINESS_MAX))
                .append("</div><div class=\"line\">")
                .append(text(label.senderCity(), REGION_MAX))
                .append("</div></td></tr></table></div>");
        html.append("<div class=\"box foot\"><table><tr><td class=\"qr\"><img alt=\"\" src=\"")
                .append(png(qr(label.qrContent())))
                .append("\"/></td><td><div class=\"line\">")
                .append(text(message("waybill.pdf.order", locale), 20))
                .append("</div><div class=\"line\">")
                .append(text(label.orderNumber(), ORDER_MAX))
                .append("</div><div class=\"note\">")
                .append(text(message("waybill.pdf.privacy", locale), 80))
                .append("</div></td></tr></table></div>");
        html.append("</div></body></html>");
        return html.toString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The text cut and escaped for XHTML, as {@link HtmlPdf#text} does. */
    static String text(String value, int max) {
        return HtmlPdf.text(value, max);
    }

    /**
     * The bars one pixel per module and one pixel high, with its quiet zones: the page scales the
     * image to its box, and a PDF image without /Interpolate is scaled without smoothing, so the
     * bars stay sharp at any printer's resolution and the label stays small and quick to make.
     */
    private static BufferedImage barcode(String waybillNumber) {
        var modules = new Code128Writer().encode(waybillNumber, BarcodeFormat.CODE_128, 0, 1, Map.of());
        var image = white(modules.getWidth() + 2 * BARCODE_QUIET_MODULES, 1);
        for (int x = 0; x < modules.getWidth(); x++) {
            if (modules.get(x, 0)) {
                image.setRGB(x + BARCODE_QUIET_MODULES, 0, BLACK);
            }
        }
        return image;
    }

    /** The QR code one pixel per module, scaled by the page as the barcode is. */
    private static BufferedImage qr(String content) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the QR content does not fit a QR code", e);
        }
        var image = white(modules.getWidth(), modules.getHeight());
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    image.setRGB(x, y, BLACK);
                }
            }
        }
        return image;
    }

    private static BufferedImage white(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream(4 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
