package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.payment.spi.ProviderUnavailable;
import io.escapement.payment.spi.RefundRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money that goes back to the buyer through the provider that took it. A refund is written in the
 * transaction that decides it and sent after that transaction commits; until the provider takes
 * it, the retry job sends it again with a growing pause. Each refund has its own reference, which
 * the providers use to pay a retried refund once; the ledger books it once (a unique index).
 * Safe on two nodes: a node claims a due refund by moving its next attempt, skipping rows another
 * node holds.
 */
@Service
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private record Due(
            long id, String reference, long charge, Money amount, String reason, int attempts, LedgerAccount from) {}

    private final JdbcClient jdbc;
    private final Charges charges;
    private final Ledger ledger;
    private final PaymentProviders providers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Refunds(
            JdbcClient jdbc,
            Charges charges,
            Ledger ledger,
            PaymentProviders providers,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.charges = charges;
        this.ledger = ledger;
        this.providers = providers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Decides, in the caller's transaction, that {@code amount} of the charge goes back; sent after the commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void request(Charge charge, Money amount, String reason) {
        request(charge, amount, reason, LedgerAccount.ESCROW);
    }

    /**
     * As {@link #request(Charge, Money, String)}, the money coming out of {@code from} when the
     * provider took it: escrow, or the merchant's payable account once the order is settled (ADR 48).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void request(Charge charge, Money amount, String reason, LedgerAccount from) {
        jdbc.sql("""
                        insert into payment.refund (reference, charge_id, amount_fen, reason, state, next_attempt,
                            requested_at, from_account)
                        values (:reference, :charge, :amount, :reason, 'REQUESTED', :now, :now, :from)""")
                .param("from", from.code())
                .param("reference", References.next("R"))
                .param("charge", charge.id().value())
                .param("amount", amount.minor())
                .param("reason", reason)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendDue();
            }
        });
    }

    /** Sends every refund that is due, once each; what fails is tried again later. */
    @Scheduled(
            fixedDelayString = "${escapement.payment.refund-retry-interval:PT30S}",
            initialDelayString = "${escapement.payment.refund-retry-interval:PT30S}")
    public void sendDue() {
        List<Due> due;
        do {
            due = claim(20);
            due.forEach(this::send);
        } while (due.size() == 20);
    }

    /** Refunds not yet taken by their provider. */
    public long outstanding() {
        return jdbc.sql("select count(*) from payment.refund where state = 'REQUESTED'")
                .query(Long.class)
                .single();
    }

    private List<Due> claim(int limit) {
        var now = clock.instant();
        return Objects.requireNonNull(transactions.execute(status -> jdbc.sql("""
                        update payment.refund r set attempts = r.attempts + 1,
                            next_attempt = cast(:now as timestamptz) + least(:longest, :first * power(2, r.attempts)) * interval '1 second'
                        where r.id in (select id from payment.refund where state = 'REQUESTED' and next_attempt <= :now
                                       order by next_attempt limit :limit for update skip locked)
                        returning r.id, r.reference, r.charge_id, r.amount_fen, r.reason, r.attempts, r.from_account""")
                .param("now", Timestamp.from(now))
                .param("first", FIRST_PAUSE.toSeconds())
                .param("longest", LONGEST_PAUSE.toSeconds())
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getLong("charge_id"),
                        Money.fen(rs.getLong("amount_fen")),
                        rs.getString("reason"),
                        rs.getInt("attempts"),
                        new LedgerAccount(rs.getString("from_account"))))
                .list()));
    }

    private void send(Due due) {
        var charge = charges.find(new ChargeId(due.charge())).orElseThrow();
        var provider = providers.find(charge.provider());
        if (provider.isEmpty()) {
            log.warn("Refund {} waits: provider {} is not enabled", due.reference(), charge.provider());
            return;
        }
        try {
            var receipt = provider.get()
                    .refund(new RefundRequest(
                            charge.reference(),
                            Objects.requireNonNull(charge.transaction()),
                            due.reference(),
                            charge.amount(),
                            due.amount(),
                            due.reason()));
            transactions.executeWithoutResult(status -> book(due, receipt.providerRefund()));
        } catch (ProviderUnavailable unavailable) {
            log.warn(
                    "Refund {} not taken by {} (attempt {}): {}",
                    due.reference(),
                    charge.provider(),
                    due.attempts(),
                    unavailable.getMessage());
        }
    }

    private void book(Due due, String providerRefund) {
        var now = clock.instant();
        int done = jdbc.sql("""
                        update payment.refund set state = 'DONE', done_at = :now, provider_refund = :providerRefund
                        where id = :id and state = 'REQUESTED'""")
                .param("now", Timestamp.from(now))
                .param("providerRefund", providerRefund)
                .param("id", due.id())
                .update();
        if (done != 1) {
            return; // another node booked it meanwhile
        }
        var charge = charges.find(new ChargeId(due.charge())).orElseThrow();
        ledger.post(
                Ledger.JournalKind.REFUND,
                charge.id(),
                due.id(),
                now,
                List.of(
                        new Ledger.Posting(due.from(), due.amount()),
                        new Ledger.Posting(
                                LedgerAccount.atProvider(charge.provider()),
                                due.amount().times(-1))));
        charge.refunded(due.amount());
        charges.save(charge);
    }
}
