package io.escapement.invoice;

import io.escapement.platform.pdf.HtmlPdf;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an issued invoice in the layout of a 电子发票（普通发票）: the title and the invoice number
 * and issue date at the top; the buyer's and the seller's names and tax numbers side by side; the
 * item line with amount, tax rate and tax; the total in figures and in Chinese capitals; and the
 * issuer. One A5 landscape page, its text in the embedded WenQuanYi font ({@link HtmlPdf}). The
 * captions are the invoice's own Chinese, with the reader's language beside them where it is not
 * Chinese.
 */
@Component
class InvoicePdf {

    private static final String CSS = """
            @page { size: 210mm 148mm; margin: 8mm; }
            body { margin: 0; font-family: 'wqy'; font-size: 9pt; color: #8a4b2a; }
            h1 { text-align: center; font-size: 16pt; margin: 0 0 2mm 0; }
            .meta { text-align: right; font-size: 9pt; margin-bottom: 2mm; }
            table { width: 100%; border-collapse: collapse; }
            td, th { border: 0.3mm solid #8a4b2a; padding: 1.2mm 1.5mm; vertical-align: top; }
            th { font-weight: normal; }
            .v { color: #000; }
            .side { width: 6mm; text-align: center; }
            .num { text-align: right; }
            .total td { height: 7mm; }
            .note { margin-top: 2mm; font-size: 8pt; }
            """;

    private final HtmlPdf pdf;
    private final MessageSource messages;

    InvoicePdf(HtmlPdf pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] render(IssuedInvoices.Row invoice, TitleHolder buyer, Locale locale) {
        return pdf.render(html(invoice, buyer, locale));
    }

    String html(IssuedInvoices.Row invoice, TitleHolder buyer, Locale locale) {
        var split = invoice.split();
        var html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(t(message("invoice.pdf.title", locale, invoice.number()), 80))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>");
        html.append("<h1>电子发票（普通发票）</h1><div class=\"meta\">发票号码：<span class=\"v\">")
                .append(t(invoice.number(), 24))
                .append("</span><br/>开票日期：<span class=\"v\">")
                .append(invoice.issuedOn().format(DateTimeFormatter.ofPattern("yyyy年MM月dd日", Locale.ROOT)))
                .append("</span><br/>发票代码：<span class=\"v\">")
                .append(t(invoice.code(), 24))
                .append("</span></div>");
        html.append("<table><tr><td class=\"side\">购买方信息</td><td>名称：<span class=\"v\">")
                .append(t(buyer.name(), InvoiceTitles.MAX_NAME))
                .append("</span><br/>统一社会信用代码/纳税人识别号：<span class=\"v\">")
                .append(t(buyer.taxNumber() == null ? "" : buyer.taxNumber(), 20))
                .append("</span></td><td class=\"side\">销售方信息</td><td>名称：<span class=\"v\">")
                .append(t(invoice.sellerName(), 60))
                .append("</span><br/>统一社会信用代码/纳税人识别号：<span class=\"v\">")
                .append(t(invoice.sellerTaxNumber(), 20))
                .append("</span></td></tr></table>");
        html.append(
                        "<table><tr><th>项目名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>")
                .append("<tr class=\"v\"><td>")
                .append(t(invoice.item(), 80))
                .append("</td><td>只</td><td class=\"num\">1</td><td class=\"num\">")
                .append(figures(split.amount()))
                .append("</td><td class=\"num\">")
                .append(figures(split.amount()))
                .append("</td><td class=\"num\">")
                .append(split.ratePercent())
                .append("%</td><td class=\"num\">")
                .append(figures(split.tax()))
                .append("</td></tr><tr><td>合　　计</td><td></td><td></td><td></td><td class=\"num v\">¥")
                .append(figures(split.amount()))
                .append("</td><td></td><td class=\"num v\">¥")
                .append(figures(split.tax()))
                .append("</td></tr><tr class=\"total\"><td>价税合计（大写）</td><td colspan=\"3\" class=\"v\">")
                .append(t(ChineseCapitals.of(split.total()), 60))
                .append("</td><td colspan=\"3\">（小写）<span class=\"v\">¥")
                .append(figures(split.total()))
                .append("</span></td></tr></table>");
        html.append("<div class=\"note\">")
                .append(t(message("invoice.pdf.note", locale, invoice.code()), 200))
                .append("</div></body></html>");
        return html.toString();
    }

    /** The amount with two decimals and no grouping, as an invoice prints it: 113274.34. */
    static String figures(io.escapement.money.Money amount) {
        return java.math.BigDecimal.valueOf(amount.minor(), 2).toPlainString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String t(String value, int max) {
        return HtmlPdf.text(value, max);
    }
}
