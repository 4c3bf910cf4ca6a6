package io.escapement.payment;

import io.escapement.money.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-entry ledger (ADR 35). A journal moves money between accounts and its entries sum to
 * zero, which the database checks when the transaction commits; each account's balance is updated
 * in the same transaction as its entries. A charge has at most one payment journal and a refund one
 * refund journal and a settlement one (unique indexes), so a repeated callback, retried refund or
 * repeated settlement never books twice.
 */
@Service
public class Ledger {

    /** One line of a journal: {@code amount} into {@code account} (negative: out of it). */
    public record Posting(LedgerAccount account, Money amount) {}

    /** An account whose stored balance is not the sum of its entries. */
    public record Discrepancy(LedgerAccount account, Money balance, Money entries) {}

    /**
     * @param balances every account's balance
     * @param total the sum of all balances; zero when the ledger is sound
     * @param discrepancies accounts whose balance is not the sum of their entries; none when sound
     */
    public record Reconciliation(Map<LedgerAccount, Money> balances, Money total, List<Discrepancy> discrepancies) {

        public boolean balanced() {
            return total.minor() == 0 && discrepancies.isEmpty();
        }
    }

    enum JournalKind {
        PAYMENT,
        REFUND,
        SETTLEMENT
    }

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books a journal in the caller's transaction; fails it when the postings do not sum to zero. */
    @Transactional(propagation = Propagation.MANDATORY)
    void post(JournalKind kind, ChargeId charge, @Nullable Long refund, Instant at, List<Posting> postings) {
        long sum =
                postings.stream().mapToLong(posting -> posting.amount().minor()).sum();
        if (sum != 0 || postings.size() < 2) {
            throw new IllegalArgumentException("A journal needs two or more postings that sum to zero.");
        }
        long journal = jdbc.sql("""
                        insert into payment.journal (kind, charge_id, refund_id, at) values (:kind, :charge, :refund, :at)
                        returning id""")
                .param("kind", kind.name())
                .param("charge", charge.value())
                .param("refund", refund)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        // accounts in a fixed order, so that two journals never wait for each other's rows
        postings.stream()
                .sorted(Comparator.comparing(posting -> posting.account().code()))
                .forEach(posting -> {
                    jdbc.sql("""
                                    insert into payment.ledger_account (code, currency, balance_fen) values (:code, :currency, :amount)
                                    on conflict (code) do update set balance_fen = payment.ledger_account.balance_fen + :amount""")
                            .param("code", posting.account().code())
                            .param("currency", posting.amount().currency().getCurrencyCode())
                            .param("amount", posting.amount().minor())
                            .update();
                    jdbc.sql(
                                    "insert into payment.entry (journal_id, account, amount_fen) values (:journal, :account, :amount)")
                            .param("journal", journal)
                            .param("account", posting.account().code())
                            .param("amount", posting.amount().minor())
                            .update();
                });
    }

    /** An account's balance; zero for an account with no entries. */
    @Transactional(readOnly = true)
    public Money balance(LedgerAccount account) {
        return jdbc.sql("select balance_fen from payment.ledger_account where code = :code")
                .param("code", account.code())
                .query(Long.class)
                .optional()
                .map(Money::fen)
                .orElse(Money.zero());
    }

    /** Checks every balance against its entries, and that all balances sum to zero. */
    @Transactional(readOnly = true)
    public Reconciliation reconcile() {
        var balances = new LinkedHashMap<LedgerAccount, Money>();
        var discrepancies = new ArrayList<Discrepancy>();
        jdbc.sql("""
                        select a.code, a.balance_fen, coalesce(sum(e.amount_fen), 0) as entries
                        from payment.ledger_account a left join payment.entry e on e.account = a.code
                        group by a.code, a.balance_fen order by a.code""").query(rs -> {
            var account = new LedgerAccount(rs.getString("code"));
            var balance = Money.fen(rs.getLong("balance_fen"));
            var entries = Money.fen(rs.getLong("entries"));
            balances.put(account, balance);
            if (!balance.equals(entries)) {
                discrepancies.add(new Discrepancy(account, balance, entries));
            }
        });
        var total = balances.values().stream().reduce(Money.zero(), Money::plus);
        return new Reconciliation(Map.copyOf(balances), total, List.copyOf(discrepancies));
    }
}
