package io.escapement.merchant.web;

import static io.escapement.merchant.web.MerchantPortal.merchantOf;

import io.escapement.merchant.MerchantDirectory;
import io.escapement.payment.Statements;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The merchant's settlement statements in the portal (ADR 46): per calendar month in China's time,
 * the orders settled with its shop and the refunds of its sales, with totals, and each month as CSV.
 * The merchant comes from the signed-in member, never from the request, so another merchant's
 * month shows nothing of this one's. A period that is not {@code yyyy-MM} is a readable 400 (plain
 * text); a month
 * to come or without settlements is an empty statement.
 */
@Controller
class MerchantStatementPages {

    /** How many months the page shows, this one first. */
    static final int MONTHS = 12;

    private static final DateTimeFormatter TIMES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Statements.ZONE);

    private final Statements statements;
    private final MerchantDirectory merchants;
    private final MessageSource messages;

    MerchantStatementPages(Statements statements, MerchantDirectory merchants, MessageSource messages) {
        this.statements = statements;
        this.merchants = merchants;
        this.messages = messages;
    }

    @GetMapping("/merchant/statements")
    String list(Authentication authentication, Model model) {
        var merchant = merchantOf(authentication);
        model.addAttribute("merchant", merchants.find(merchant).orElse(null));
        model.addAttribute("statements", statements.recent(merchant, MONTHS));
        model.addAttribute("times", TIMES);
        return "merchant/statements";
    }

    @GetMapping("/merchant/statements/{period}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String period, Authentication authentication, Locale locale) {
        var merchant = merchantOf(authentication);
        var month = Statements.period(period);
        if (month.isEmpty()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.getMessage("merchant.statement.badPeriod", null, locale)
                            .getBytes(StandardCharsets.UTF_8));
        }
        var statement = statements.of(merchant, month.get());
        var body = StatementCsv.of(statement, key -> messages.getMessage(key, null, locale));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statement-" + month.get() + ".csv")
                                .build()
                                .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
