package io.escapement.staff;

import io.escapement.party.MerchantId;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.StaffRole;
import io.escapement.throttle.Throttle;
import io.escapement.vault.Accessor;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import io.escapement.vault.Totp;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory: administrators invite members (platform staff with roles, or merchant staff
 * for one merchant); a member enrols with the single-use link of the invitation by choosing a
 * password and proving an authenticator app, and receives ten single-use recovery codes. Signing
 * in takes the password and a TOTP code or a recovery code. Attempts are throttled per handle and
 * client by {@link Throttle}, the same for an unknown handle, and committed whatever becomes of
 * the sign-in: a client guessing is paused, the member signing in from elsewhere is not, and
 * sign-ins with a recovery code are throttled apart, so a client paused for TOTP codes may still
 * sign in with a recovery code.
 */
@Service
public class StaffDirectory {

    static final Duration ENROLMENT_LIFETIME = Duration.ofDays(7);
    static final int MIN_PASSWORD = 12;
    static final int RECOVERY_CODES = 10;
    /** The throttle of sign-ins with a TOTP code, and apart from it that of sign-ins with a recovery code. */
    static final String TOTP_DOMAIN = "staff-handle-totp";

    static final String RECOVERY_SIGN_IN_DOMAIN = "staff-handle-recovery";
    private static final String ENROLMENT_DOMAIN = "staff-enrolment";
    private static final String RECOVERY_DOMAIN = "staff-recovery";
    private static final Accessor SIGN_IN = Accessor.system("staff-sign-in");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An invitation: the member and the enrolment token, shown once to the administrator. */
    public record Invitation(UUID member, String handle, String token) {

        /** The enrolment link's path, to hand to the member over a trusted channel. */
        public String path() {
            return "/staff/enroll?token=" + token;
        }
    }

    /** A member as the directory lists it. */
    public record Entry(
            UUID id,
            String handle,
            Set<StaffRole> roles,
            @Nullable MerchantId merchantId,
            String status,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final KeyedDigests digests;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Throttle throttle;
    /** Compared against for an unknown handle, so every refusal costs one Argon2id check. */
    private final CompletableFuture<String> unknownMemberHash;

    StaffDirectory(
            JdbcClient jdbc,
            PersonalDataVault vault,
            KeyedDigests digests,
            PasswordEncoder passwords,
            Clock clock,
            Throttle throttle) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.digests = digests;
        this.passwords = passwords;
        this.clock = clock;
        this.throttle = throttle;
        // Hashed off the start-up path: a few hundred milliseconds of Argon2id that only a refusal needs.
        this.unknownMemberHash = CompletableFuture.supplyAsync(
                () -> passwords.encode(UUID.randomUUID().toString()));
    }

    /**
     * Invites a member.
     *
     * @param merchantId the merchant a merchant-staff member works for, or null for platform staff
     * @throws StaffProblem {@code staff.badHandle}, {@code staff.handleTaken} or {@code staff.noRole}
     */
    @Transactional
    public Invitation invite(String handle, Set<StaffRole> roles, @Nullable MerchantId merchantId) {
        var normalized = handle.strip().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9][a-z0-9._-]{2,31}")) {
            throw new StaffProblem("staff.badHandle");
        }
        if ((merchantId == null) == roles.isEmpty()) {
            throw new StaffProblem("staff.noRole");
        }
        var member = vault.newSubject("staff");
        var token = newToken();
        try {
            jdbc.sql("""
                            insert into staff.member (id, handle, roles, merchant_id, status, enrolment_digest,
                                                      enrolment_expires, created_at)
                            values (:id, :handle, :roles, :merchant, 'ENROLLING', :digest, :expires, :now)""")
                    .param("id", member.value())
                    .param("handle", normalized)
                    .param("roles", roles.stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("merchant", merchantId == null ? null : merchantId.value())
                    .param("digest", digests.of(ENROLMENT_DOMAIN, token))
                    .param("expires", Timestamp.from(clock.instant().plus(ENROLMENT_LIFETIME)))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new StaffProblem("staff.handleTaken");
        }
        return new Invitation(member.value(), normalized, token);
    }

    /**
     * Starts enrolment again (a lost phone): the member's sign-in stops working until they enrol
     * with the new token; unused recovery codes are void.
     */
    @Transactional
    public Invitation reset(UUID member) {
        var token = newToken();
        var handle = jdbc.sql("""
                        update staff.member set status = 'ENROLLING', enrolment_digest = :digest,
                               enrolment_expires = :expires, last_totp_step = null
                        where id = :id returning handle""")
                .param("digest", digests.of(ENROLMENT_DOMAIN, token))
                .param("expires", Timestamp.from(clock.instant().plus(ENROLMENT_LIFETIME)))
                .param("id", member)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new StaffProblem("staff.unknown"));
        jdbc.sql("delete from staff.recovery_code where member_id = :id")
                .param("id", member)
                .update();
        return new Invitation(member, handle, token);
    }

    /** Disables a member for good; their sign-in stops working at once. */
    @Transactional
    public void disable(UUID member) {
        jdbc.sql("update staff.member set status = 'DISABLED', enrolment_digest = null where id = :id")
                .param("id", member)
                .update();
    }

    /** The handle an unexpired enrolment token belongs to. */
    public Optional<String> enrolling(String token) {
        return jdbc.sql("""
                        select handle from staff.member
                        where status = 'ENROLLING' and enrolment_digest = :digest and enrolment_expires > :now""")
                .param("digest", digests.of(ENROLMENT_DOMAIN, token))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .optional();
    }

    /**
     * Completes enrolment: sets the password and the TOTP secret, which {@code code} must prove.
     *
     * @return the member's recovery codes, to be shown once
     * @throws StaffProblem {@code enrol.badToken}, {@code enrol.weakPassword} or {@code
     *     enrol.wrongCode}
     */
    @Transactional
    public List<String> enrol(String token, String password, String totpSecret, String code) {
        var now = clock.instant();
        var member = jdbc.sql("""
                        select id from staff.member
                        where status = 'ENROLLING' and enrolment_digest = :digest and enrolment_expires > :now
                        for update""")
                .param("digest", digests.of(ENROLMENT_DOMAIN, token))
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new StaffProblem("enrol.badToken"));
        if (password.length() < MIN_PASSWORD || password.isBlank()) {
            throw new StaffProblem("enrol.weakPassword");
        }
        var step = Totp.verify(totpSecret, code.strip(), now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new StaffProblem("enrol.wrongCode");
        }
        vault.store(new SubjectId(member), new StaffCredentials(passwords.encode(password), totpSecret));
        jdbc.sql("""
                        update staff.member set status = 'ACTIVE', enrolment_digest = null, enrolment_expires = null,
                               last_totp_step = :step
                        where id = :id""").param("step", step.getAsLong()).param("id", member).update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var recovery = newRecoveryCode();
            jdbc.sql("insert into staff.recovery_code (member_id, digest) values (:id, :digest)")
                    .param("id", member)
                    .param("digest", digests.of(RECOVERY_DOMAIN, normalizeRecovery(recovery)))
                    .update();
            codes.add(recovery);
        }
        return codes;
    }

    /**
     * Checks a sign-in from {@code client} (its address): password and a TOTP code or an unused
     * recovery code. Every refusal reads the same, whether the handle exists or not, and costs one
     * Argon2id check; every attempt counts towards the pause of this handle from this client, for
     * TOTP codes and recovery codes apart.
     *
     * @throws BadCredentialsException for an unknown or disabled handle, a wrong password or code
     * @throws LockedException while this handle is paused for this client and this kind of code
     *     after repeated attempts
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public StaffMember authenticate(String handle, String password, String code, String client) {
        var now = clock.instant();
        var normalized = handle.strip().toLowerCase(Locale.ROOT);
        var second = code.strip();
        if (throttle.attempt(isTotp(second) ? TOTP_DOMAIN : RECOVERY_SIGN_IN_DOMAIN, normalized, client)
                .isPresent()) {
            throw new LockedException("staff.locked");
        }
        var member = jdbc.sql("""
                        select id, handle, roles, merchant_id, last_totp_step from staff.member
                        where handle = :handle and status = 'ACTIVE' for update""")
                .param("handle", normalized)
                .query((rs, row) -> new Candidate(
                        new StaffMember(
                                rs.getObject("id", UUID.class),
                                rs.getString("handle"),
                                roles(rs.getArray("roles")),
                                merchant(rs)),
                        rs.getLong("last_totp_step")))
                .optional();
        var hash = member.flatMap(candidate -> reveal(candidate.member().id(), "passwordHash"));
        if (!passwords.matches(password, hash.orElseGet(unknownMemberHash::join))
                || hash.isEmpty()
                || !secondFactor(
                        member.get().member().id(), second, member.get().lastTotpStep(), now)) {
            throw new BadCredentialsException("staff.badCredentials");
        }
        throttle.succeeded(TOTP_DOMAIN, normalized, client);
        throttle.succeeded(RECOVERY_SIGN_IN_DOMAIN, normalized, client);
        return member.get().member();
    }

    /** Every member, platform staff first, then by handle. */
    public List<Entry> members() {
        return jdbc.sql("""
                        select id, handle, roles, merchant_id, status, created_at from staff.member
                        order by merchant_id nulls first, handle""").query(StaffDirectory::entry).list();
    }

    /** The staff of one merchant. */
    public List<Entry> membersOf(MerchantId merchantId) {
        return jdbc.sql("""
                        select id, handle, roles, merchant_id, status, created_at from staff.member
                        where merchant_id = :merchant order by handle""")
                .param("merchant", merchantId.value())
                .query(StaffDirectory::entry)
                .list();
    }

    /** Whether an administrator is active or enrolling. */
    boolean hasAdministrator() {
        return jdbc.sql("""
                        select count(*) from staff.member
                        where 'ADMINISTRATOR' = any(roles) and status in ('ACTIVE', 'ENROLLING')""").query(Long.class).single() > 0;
    }

    /** The enrolling administrator {@code handle}, if there is one. */
    Optional<UUID> enrollingAdministrator(String handle) {
        return jdbc.sql("""
                        select id from staff.member
                        where handle = :handle and status = 'ENROLLING' and 'ADMINISTRATOR' = any(roles)""").param("handle", handle).query(UUID.class).optional();
    }

    private boolean secondFactor(UUID member, String code, long lastStep, Instant now) {
        if (isTotp(code)) {
            var secret = reveal(member, "totpSecret");
            var step = secret.flatMap(value -> {
                var matched = Totp.verify(value, code, now, lastStep);
                return matched.isPresent() ? Optional.of(matched.getAsLong()) : Optional.empty();
            });
            // the conditional update makes two sign-ins racing with the same code accept only one
            return step.isPresent()
                    && jdbc.sql("""
                                    update staff.member set last_totp_step = :step
                                    where id = :id and (last_totp_step is null or last_totp_step < :step)""")
                                    .param("step", step.get())
                                    .param("id", member)
                                    .update()
                            == 1;
        }
        var recovery = normalizeRecovery(code);
        return !recovery.isEmpty()
                && jdbc.sql("""
                                update staff.recovery_code set used_at = :now
                                where member_id = :id and digest = :digest and used_at is null""")
                                .param("now", Timestamp.from(now))
                                .param("id", member)
                                .param("digest", digests.of(RECOVERY_DOMAIN, recovery))
                                .update()
                        == 1;
    }

    private Optional<String> reveal(UUID member, String field) {
        var value = vault.reveal(
                new SubjectId(member), StaffCredentials.class, field, String.class, Purpose.SECURITY, SIGN_IN);
        return value instanceof Read.Present<String> present ? Optional.of(present.value()) : Optional.empty();
    }

    private static boolean isTotp(String code) {
        return code.matches("\\d{6}");
    }

    private static String newToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String newRecoveryCode() {
        var bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        var chars = new Base32().encodeToString(bytes).toLowerCase(Locale.ROOT);
        return chars.substring(0, 5) + "-" + chars.substring(5, 10);
    }

    private static String normalizeRecovery(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z2-7]", "");
    }

    private static Set<StaffRole> roles(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        return Arrays.stream(names)
                .map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    private static @Nullable MerchantId merchant(ResultSet rs) throws SQLException {
        var id = rs.getObject("merchant_id", Long.class);
        return id == null ? null : new MerchantId(id);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getString("handle"),
                roles(rs.getArray("roles")),
                merchant(rs),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }

    private record Candidate(StaffMember member, long lastTotpStep) {}
}
