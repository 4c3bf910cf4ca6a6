package io.escapement.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pay page's QR code reads back as the provider's link, as a phone's camera would read it. */
class QrCodeTests {

    static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Test
    void readsBackAsTheLinkItWasDrawnFrom() throws Exception {
        var link = "weixin://wxpay/bizpayurl?pr=AbCdEfG";

        var svg = QrCode.svg(link);

        assertThat(decode(svg)).isEqualTo(link);
        assertThat(svg).startsWith("<svg").doesNotContain("<script");
    }

    static String decode(String svg) throws Exception {
        var size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int side = modules * scale;
        var pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        var module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * side + x * scale + dx] = 0;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
