package io.escapement.merchant.web;

import io.escapement.money.Money;
import io.escapement.payment.Statements;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * A statement as CSV for a spreadsheet (RFC 4180): UTF-8 with a byte order mark, so that Excel
 * reads the Chinese headers, CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break; amounts in yuan with two decimals; times in China's time. Order numbers and amounts only.
 */
final class StatementCsv {

    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Statements.ZONE);

    private StatementCsv() {}

    /**
     * @param words the text of a message key: {@code merchant.statement.csv.*} for the headers and
     *     the kinds of line
     */
    static String of(Statements.Statement statement, Function<String, String> words) {
        var csv = new StringBuilder(BOM);
        line(
                csv,
                List.of(
                        words.apply("merchant.statement.csv.kind"),
                        words.apply("merchant.statement.csv.order"),
                        words.apply("merchant.statement.csv.at"),
                        words.apply("merchant.statement.csv.gross"),
                        words.apply("merchant.statement.csv.refunded"),
                        words.apply("merchant.statement.csv.fee"),
                        words.apply("merchant.statement.csv.net")));
        for (var settled : statement.settled()) {
            line(
                    csv,
                    List.of(
                            words.apply("merchant.statement.csv.settlement"),
                            settled.number().value(),
                            time(settled.settledAt()),
                            yuan(settled.gross()),
                            yuan(settled.refunded()),
                            yuan(settled.fee()),
                            yuan(settled.net())));
        }
        for (var refund : statement.refunds()) {
            line(
                    csv,
                    List.of(
                            words.apply("merchant.statement.csv.refund"),
                            refund.number().value(),
                            time(refund.refundedAt()),
                            "",
                            yuan(refund.amount()),
                            "",
                            ""));
        }
        line(
                csv,
                List.of(
                        words.apply("merchant.statement.csv.total"),
                        statement.period().toString(),
                        "",
                        yuan(statement.gross()),
                        yuan(statement.refunded()),
                        yuan(statement.fees()),
                        yuan(statement.net())));
        line(
                csv,
                List.of(
                        words.apply("merchant.statement.csv.refundsTotal"),
                        statement.period().toString(),
                        "",
                        "",
                        yuan(statement.refundsTotal()),
                        "",
                        ""));
        return csv.toString();
    }

    /** {@code 1234.50} for ¥1,234.50. */
    static String yuan(Money amount) {
        return BigDecimal.valueOf(amount.minor(), 2).toPlainString();
    }

    /** The field as RFC 4180 writes it: quoted, with its quotes doubled, when it needs to be. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }
}
