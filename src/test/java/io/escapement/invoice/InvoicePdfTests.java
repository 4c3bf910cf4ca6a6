package io.escapement.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.platform.pdf.HtmlPdf;
import io.escapement.testing.Bundles;
import io.escapement.vault.SubjectId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The e-invoice's page without Spring: amounts, capitals, both parties, and markup kept out. */
class InvoicePdfTests {

    private final InvoicePdf pdf = new InvoicePdf(new HtmlPdf(), Bundles.messages());

    static IssuedInvoices.Row invoice(Money total) {
        return new IssuedInvoices.Row(
                new OrderId(1),
                SubjectId.random(),
                SubjectId.random(),
                TitleKind.PERSONAL,
                "*钟表*欧米茄 超霸 310.30.42.50.01.002",
                TaxSplit.of(total, TaxSplit.GOODS_RATE),
                "擒纵（上海）信息科技有限公司",
                "91310000MA1FL8XQ37",
                "20260000000000000042",
                "SANDBOX2026",
                LocalDate.of(2026, 12, 6));
    }

    @Test
    void printsTheAmountsTheTaxAndTheTotalInCapitals() throws IOException {
        var text = text(pdf.render(invoice(Money.fen(100_150)), new TitleHolder("欧阳娜娜", null), Locale.CHINA));

        assertThat(text)
                .contains("电子发票（普通发票）", "20260000000000000042", "2026年12月06日")
                .contains("欧阳娜娜", "擒纵（上海）信息科技有限公司", "91310000MA1FL8XQ37")
                .contains("*钟表*欧米茄 超霸")
                .contains("886.28", "115.22", "13%", "¥1001.50")
                .contains("壹仟零壹元伍角");
    }

    @Test
    void keepsMarkupInANameOutOfTheDocument() {
        var html = pdf.html(
                invoice(Money.yuan(10)), new TitleHolder("<b>Acme</b> & Co", "91350100M000100Y43"), Locale.ENGLISH);

        assertThat(html).contains("&lt;b&gt;Acme&lt;/b&gt; &amp; Co").doesNotContain("<b>Acme");
    }

    @Test
    void splitsTheTaxSoThatAmountAndTaxAddUpToTheTotal() {
        for (long fen : new long[] {1, 2, 113, 100_150, 12_800_000, 999_999_999}) {
            var split = TaxSplit.of(Money.fen(fen), 13);
            assertThat(split.amount().plus(split.tax())).isEqualTo(Money.fen(fen));
            assertThat(Math.abs(split.amount().minor() * 113 - fen * 100)).isLessThanOrEqualTo(57);
        }
        assertThat(TaxSplit.of(Money.yuan(128_000), 13).tax()).isEqualTo(Money.fen(1_472_566));
    }

    private static String text(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }
}
