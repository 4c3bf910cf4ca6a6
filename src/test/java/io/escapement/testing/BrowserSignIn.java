package io.escapement.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.party.MerchantId;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.staff.StaffDirectory;
import io.escapement.vault.Totp;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support: the sign-in steps of the browser journeys, taken on the pages as a person takes
 * them. Buyers sign in with an SMS code read from the development outbox; staff (platform or a
 * merchant's) enrol through their invitation with a password and an authenticator app, then sign
 * in with both. Signing in itself is tested in {@code account.signin} and {@code staff}.
 */
public final class BrowserSignIn {

    /** The password every staff member of a journey chooses at enrolment. */
    public static final String STAFF_PASSWORD = "correct horse battery staple";

    private BrowserSignIn() {}

    /**
     * On the sign-in page {@code page} shows, asks for a code for {@code phone}, waits until the
     * development outbox has sent it, enters it and signs in, ticking the acceptance of the
     * privacy policy when {@code acceptPolicy} (needed to register a new number). Returns once the
     * browser has left the sign-in page; where it lands is the caller's to check.
     */
    public static void withCode(Page page, DevelopmentSmsOutbox outbox, String phone, boolean acceptPolicy) {
        var before = newestTo(outbox, phone);
        page.locator("input[name=phone]").fill(phone);
        page.locator("#send-code").click();
        page.waitForCondition(() -> {
            var newest = newestTo(outbox, phone);
            return newest != null && newest != before;
        });
        var code = newestTo(outbox, phone).text().replaceAll("\\D*(\\d{6}).*", "$1");
        page.locator("input[name=code]").fill(code);
        if (acceptPolicy) {
            page.locator("#accept-policy").check();
        }
        page.locator("#sign-in").click();
        page.waitForURL(url -> !url.contains("/signin"));
    }

    /** A staff member enrolled through the pages: their handle and the key their authenticator app holds. */
    public record Enrolled(String handle, String secret) {}

    /**
     * Invites {@code handle} (platform staff with {@code roles}, or, with no roles, a member of
     * {@code merchant}'s staff) and enrols them on the invitation's page with {@link
     * #STAFF_PASSWORD} and a code of the key the page shows.
     */
    public static Enrolled enrol(
            Page page, StaffDirectory directory, String handle, Set<StaffRole> roles, @Nullable MerchantId merchant) {
        var invitation = directory.invite(handle, roles, merchant);
        page.navigate(invitation.path());
        var secret = page.locator("#totp-secret").textContent().strip();
        page.locator("input[name=password]").fill(STAFF_PASSWORD);
        page.locator("input[name=code]").fill(Totp.code(secret, Instant.now()));
        page.locator("button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("a[href='/staff/signin']")).isVisible();
        return new Enrolled(handle, secret);
    }

    /**
     * Signs {@code member} in on {@code /staff/signin} with the password and the authenticator's
     * next code (a code is accepted once, so the one used at enrolment is not). Returns once the
     * browser has left the sign-in page: the console for platform staff, the portal for a merchant's.
     */
    public static void staff(Page page, JdbcClient jdbc, Enrolled member) {
        page.navigate("/staff/signin");
        page.locator("input[name=handle]").fill(member.handle());
        page.locator("input[name=password]").fill(STAFF_PASSWORD);
        page.locator("input[name=code]").fill(nextCode(jdbc, member));
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/staff/signin"));
    }

    /** The code of the step after the one last used, as the app shows it a moment later. */
    private static String nextCode(JdbcClient jdbc, Enrolled member) {
        long last = jdbc.sql("select last_totp_step from staff.member where handle = :handle")
                .param("handle", member.handle())
                .query(Long.class)
                .single();
        return Totp.code(member.secret(), Instant.ofEpochSecond((last + 1) * Totp.STEP.toSeconds()));
    }

    private static DevelopmentSmsOutbox.@Nullable Message newestTo(DevelopmentSmsOutbox outbox, String phone) {
        var to = PhoneNumber.parse(phone);
        return outbox.messages().stream()
                .filter(message -> message.to().equals(to) && message.text().contains("验证码"))
                .findFirst()
                .orElse(null);
    }
}
