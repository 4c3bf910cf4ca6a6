package io.escapement.shipping.waybill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class WaybillPdfTests {

    static final String FULL_NAME = "张伟强";
    static final String FULL_PHONE = "13866665678";
    static final String FULL_DETAIL = "科技园南路18号3栋1201室";

    private final WaybillPdf pdf = new WaybillPdf(messages());

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static WaybillLabel label() {
        return label("深圳名表行有限公司", "科技园****");
    }

    static WaybillLabel label(String business, String detail) {
        return label("SF1234567890123", "张*", "138****5678", detail, business);
    }

    static WaybillLabel label(String waybillNumber, String name, String phone, String detail, String business) {
        return new WaybillLabel(
                waybillNumber,
                "顺丰速运",
                name,
                phone,
                "广东省",
                "深圳市",
                "南山区",
                detail,
                business,
                "上海市",
                "EO-20261204-000042",
                LocalDate.of(2026, 12, 4),
                "https://escapement.example/t/SF1234567890123");
    }

    @Test
    void theLabelShowsOnlyMaskedRecipientDataAndTheDistrict() throws Exception {
        try (var document = Loader.loadPDF(pdf.render(label(), Locale.SIMPLIFIED_CHINESE))) {
            var text = new PDFTextStripper().getText(document);

            assertThat(text)
                    .contains("张*", "138****5678", "南山区", "深圳市", "广东省", "SF1234567890123", "顺丰速运")
                    .contains("深圳名表行有限公司", "EO-20261204-000042", "收", "寄", "隐私面单");
            assertThat(text.replaceAll("\\s", ""))
                    .doesNotContain(FULL_NAME, FULL_PHONE, FULL_DETAIL, "张伟", "6666", "18号");
        }
    }

    @Test
    void theCaptionsFollowTheLanguage() throws Exception {
        try (var document = Loader.loadPDF(pdf.render(label(), Locale.ENGLISH))) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("From", "Order", "Privacy waybill").doesNotContain("隐私面单");
        }
    }

    @Test
    void oneHundredByOneHundredFiftyMillimetresOnOnePageWithItsFontsEmbedded() throws Exception {
        try (var document = Loader.loadPDF(pdf.render(label(), Locale.SIMPLIFIED_CHINESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var box = document.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(283.46, within(0.5));
            assertThat((double) box.getHeight()).isCloseTo(425.2, within(0.5));

            var fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                var font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("WenQuanYiMicroHei");
            }
        }
    }

    @Test
    void theRenderedPageIsNotBlankAndItsBarcodeAndQrCodeReadBack() throws Exception {
        var label = label();
        try (var document = Loader.loadPDF(pdf.render(label, Locale.SIMPLIFIED_CHINESE))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);

            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFF) < 128) {
                        dark++;
                    }
                }
            }
            double share = (double) dark / ((long) page.getWidth() * page.getHeight());
            assertThat(share).isBetween(0.03, 0.6);

            assertThat(decode(page, BarcodeFormat.CODE_128)).isEqualTo(label.waybillNumber());
            assertThat(decode(page, BarcodeFormat.QR_CODE)).isEqualTo(label.qrContent());
        }
    }

    @Test
    void aLongMerchantNameAndDetailLineStillFitOnePage() throws Exception {
        var label = label("名表".repeat(300) + "有限公司", "科技园".repeat(200) + "****");
        try (var document = Loader.loadPDF(pdf.render(label, Locale.SIMPLIFIED_CHINESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("名表名表", "…", "138****5678");
        }
    }

    @Test
    void markupInAMerchantsNameIsPrintedAsText() throws Exception {
        var label = label("<b>Fake</b> & <img src=\"x\"/> \u0000表行", "科技园****");
        try (var document = Loader.loadPDF(pdf.render(label, Locale.SIMPLIFIED_CHINESE))) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("<b>Fake</b> & <img src=\"x\"/>", "表行");
        }
        assertThat(WaybillPdf.text("<a href='x'>&amp;", 100)).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;amp;");
    }

    @Test
    void anUnmaskedPhoneIsRefused() {
        for (var phone : List.of("13812345678", "138 1234 5678", "+86 138-1234-5678", "电话13812345678")) {
            assertThatThrownBy(() -> withPhone(phone))
                    .as(phone)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("masked");
        }
        assertThat(withPhone("138****5678").recipientPhoneMasked()).isEqualTo("138****5678");
        assertThat(withPhone("170****0000转1234").recipientPhoneMasked()).isEqualTo("170****0000转1234");
    }

    @Test
    void anUnmaskedNameOrDetailOrAnUnprintableWaybillNumberIsRefused() {
        assertThatThrownBy(() -> label("SF1234567890123", FULL_NAME, "138****5678", "科技园****", "表行"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> label("深圳名表行", FULL_DETAIL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail");
        assertThatThrownBy(() -> label("SF 123<>", "张*", "138****5678", "科技园****", "表行"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waybill number");
    }

    private static WaybillLabel withPhone(String phone) {
        return label("SF1234567890123", "张*", phone, "科技园****", "深圳名表行有限公司");
    }

    private static List<String> fonts(PDDocument document) throws Exception {
        var names = new ArrayList<String>();
        var resources = document.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }

    private static String decode(BufferedImage image, BarcodeFormat format) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                image.getWidth(),
                image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))));
        return new MultiFormatReader()
                .decode(
                        bitmap,
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
