package io.escapement.aftersales.web;

import io.escapement.aftersales.ReturnCase;
import io.escapement.money.Money;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A return case as the buyer's app sees it, with its timeline in Beijing time. */
record ReturnView(
        String reference,
        long id,
        String orderNumber,
        String state,
        String dispute,
        String reason,
        @Nullable String refusal,
        @Nullable String inspection,
        Amount refunded,
        List<StepView> timeline) {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    record Amount(long fen, String display) {
        static Amount of(Money money) {
            return new Amount(money.minor(), money.formatted());
        }
    }

    record StepView(
            String kind,
            String by,
            OffsetDateTime at,
            @Nullable String note,
            @Nullable Amount amount) {}

    static ReturnView of(ReturnCase c) {
        return new ReturnView(
                c.id().reference(),
                c.id().value(),
                c.number().value(),
                c.state().name(),
                c.dispute().name(),
                c.reason(),
                c.refusal(),
                c.inspection() == null ? null : c.inspection().name(),
                Amount.of(c.refunded()),
                c.timeline().stream()
                        .map(step -> new StepView(
                                step.kind().name(),
                                step.by().name(),
                                step.at().atZone(BEIJING).toOffsetDateTime(),
                                step.note(),
                                step.amount() == null ? null : Amount.of(step.amount())))
                        .toList());
    }
}
