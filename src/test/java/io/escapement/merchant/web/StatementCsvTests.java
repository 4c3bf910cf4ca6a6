package io.escapement.merchant.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import io.escapement.payment.Statements;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement's CSV: RFC 4180 quoting, CRLF, a BOM, yuan with two decimals, China time. */
class StatementCsvTests {

    @Test
    void quotesOnlyTheFieldsThatNeedItAndDoublesTheirQuotes() {
        assertThat(StatementCsv.field("20261204-K7QM2XD9")).isEqualTo("20261204-K7QM2XD9");
        assertThat(StatementCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(StatementCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(StatementCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(StatementCsv.field("")).isEmpty();
    }

    @Test
    void writesAmountsAsYuanWithTwoDecimals() {
        assertThat(StatementCsv.yuan(Money.fen(0))).isEqualTo("0.00");
        assertThat(StatementCsv.yuan(Money.fen(5))).isEqualTo("0.05");
        assertThat(StatementCsv.yuan(Money.fen(123_456_789))).isEqualTo("1234567.89");
    }

    @Test
    void writesAStatementWithABomCrlfAndChinaTime() {
        var number = new OrderNumber("20261204-K7QM2XD9");
        var settled = new Statements.Settled(
                number,
                Instant.parse("2026-11-30T16:30:00Z"), // 2026-12-01 00:30 in Shanghai
                Money.yuan(100),
                Money.yuan(10),
                Money.fen(450),
                Money.fen(8_550));
        var refund = new Statements.Refunded(number, Instant.parse("2026-12-02T02:00:00Z"), Money.yuan(10));
        var statement = new Statements.Statement(
                YearMonth.of(2026, 12),
                List.of(settled),
                List.of(refund),
                Money.yuan(100),
                Money.yuan(10),
                Money.fen(450),
                Money.fen(8_550),
                Money.yuan(10));

        var csv = StatementCsv.of(statement, key -> key.equals("merchant.statement.csv.kind") ? "Kind, or type" : "k");

        assertThat(csv)
                .startsWith("\uFEFF\"Kind, or type\",k,k,k,k,k,k\r\n")
                .contains("k,20261204-K7QM2XD9,2026-12-01 00:30:00,100.00,10.00,4.50,85.50\r\n")
                .contains("k,20261204-K7QM2XD9,2026-12-02 10:00:00,,10.00,,\r\n")
                .endsWith("k,2026-12,,,10.00,,\r\n");
        assertThat(csv.split("\r\n")).hasSize(5);
    }
}
