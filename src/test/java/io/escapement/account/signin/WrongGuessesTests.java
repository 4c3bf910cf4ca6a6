package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps C-1: every wrong guess of a code, a link or a password stays counted whatever becomes of
 * the transaction it was made in, so six wrong guesses leave the right one refused.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class WrongGuessesTests {

    static final int GUESSES = 6;
    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    DevelopmentMailOutbox mail;

    @Autowired
    AccountPhones phones;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    AccountSettings settings;

    @Autowired
    PasswordSignIn passwords;

    @Autowired
    KeyedDigests digests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void refusesTheRightReauthenticationCodeAfterSixWrongOnes() throws Exception {
        var phone = uniquePhone();
        var session = Codes.signIn(mvc, sms, phone, false);
        mvc.perform(post("/account/profile/reauthenticate/code").cookie(session).with(csrf()))
                .andExpect(status().isOk());
        var code = Codes.lastSentTo(sms, phone);
        for (int i = 0; i < GUESSES; i++) {
            reauthenticate(session, wrong(code)).andExpect(status().isBadRequest());
        }
        reauthenticate(session, code).andExpect(status().isBadRequest());
        assertThat(failuresOfNewestCode(digests.of(
                        OneTimeCodes.NUMBER_DOMAIN, PhoneNumber.parse(phone).normalized())))
                .isEqualTo(OneTimeCodes.GUESSES);
    }

    @Test
    void refusesTheRightSignInCodeAfterSixWrongOnesInATransactionThatRollsBack() throws Exception {
        var phone = PhoneNumber.parse(uniquePhone());
        mvc.perform(post("/signin/code").param("phone", phone.nationalNumber()).with(csrf()))
                .andExpect(status().isOk());
        var code = Codes.lastSentTo(sms, phone.nationalNumber());
        guessInATransactionThatRollsBack(() -> phoneSignIn.signIn(phone, wrong(code), true, false));
        assertThatThrownBy(() -> phoneSignIn.signIn(phone, code, true, false)).hasMessage("signin.wrongCode");
        assertThat(failuresOfNewestCode(digests.of(OneTimeCodes.NUMBER_DOMAIN, phone.normalized())))
                .isEqualTo(OneTimeCodes.GUESSES);
    }

    @Test
    void refusesTheRightEmailCodeAfterSixWrongOnesInATransactionThatRollsBack() throws Exception {
        var buyer = signedInBuyer();
        var email = EmailAddress.parse("guessed-" + System.nanoTime() + "@example.com");
        settings.sendCode(email);
        var code = Codes.lastMailedCodeTo(mail, email.address());
        guessInATransactionThatRollsBack(() -> settings.changeEmail(buyer, email, wrong(code)));
        assertThatThrownBy(() -> settings.changeEmail(buyer, email, code)).hasMessage("signin.wrongCode");
        assertThat(failuresOfNewestCode(digests.of(OneTimeCodes.ADDRESS_DOMAIN, email.normalized())))
                .isEqualTo(OneTimeCodes.GUESSES);
    }

    @Test
    void refusesTheRightRegistrationLinkAfterSixWrongOnesInATransactionThatRollsBack() {
        var email = EmailAddress.parse("linked-" + System.nanoTime() + "@example.com");
        passwords.register(email);
        var token = Codes.lastLinkTo(mail, email.address());
        guessInATransactionThatRollsBack(
                () -> passwords.confirmRegistration(email, token.substring(1) + "x", PASSWORD, true));
        assertThatThrownBy(() -> passwords.confirmRegistration(email, token, PASSWORD, true))
                .hasMessage("register.badLink");
        assertThat(failuresOfNewestCode(digests.of(PasswordSignIn.REGISTRATION_DOMAIN, email.normalized())))
                .isEqualTo(OneTimeCodes.GUESSES);
    }

    @Test
    void refusesTheRightPasswordAfterSixWrongOnesInATransactionThatRollsBack() {
        var email = EmailAddress.parse("pass-" + System.nanoTime() + "@example.com");
        passwords.register(email);
        var buyer = passwords.confirmRegistration(email, Codes.lastLinkTo(mail, email.address()), PASSWORD, true);
        guessInATransactionThatRollsBack(() -> passwords.requirePassword(buyer, "wrong wrong wrong"));
        assertThatThrownBy(() -> passwords.requirePassword(buyer, PASSWORD)).hasMessage("signin.locked");
        assertThat(jdbc.sql("select attempts from throttle.attempt where identifier_digest = :id")
                        .param("id", digests.of("buyer-password", buyer.toString()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    /** Six wrong guesses inside one transaction of the caller's that then rolls back. */
    private void guessInATransactionThatRollsBack(Executable guess) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < GUESSES; i++) {
                assertThatThrownBy(guess::execute).isInstanceOf(SignInRefused.class);
            }
            status.setRollbackOnly();
        });
    }

    private int failuresOfNewestCode(byte[] recipient) {
        return jdbc.sql("""
                        select failures from account.sign_in_code where number_digest = :recipient
                        order by issued_at desc limit 1""").param("recipient", recipient).query(Integer.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions reauthenticate(Cookie session, String code)
            throws Exception {
        return mvc.perform(post("/account/profile/reauthenticate")
                .param("code", code)
                .cookie(session)
                .with(csrf()));
    }

    private SubjectId signedInBuyer() throws Exception {
        var phone = uniquePhone();
        Codes.signIn(mvc, sms, phone, false);
        return phones.owner(PhoneNumber.parse(phone)).orElseThrow();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String uniquePhone() {
        return "136" + String.format("%08d", (int) (Math.random() * 100_000_000));
    }
}
