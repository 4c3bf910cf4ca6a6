package io.escapement.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.EmailAddress;
import io.escapement.testing.ResidueScan;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** C-1 by e-mail: Argon2id hashes sealed in the vault, and a lock with back-off after failures. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class PasswordSignInTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordSignIn passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void registersAndSignsInWithAnArgon2HashSealedInTheVault() throws Exception {
        mvc.perform(post("/signin/email")
                        .param("email", "Lin.Daiyu@Example.com")
                        .param("password", PASSWORD)
                        .param("register", "true")
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
        mvc.perform(post("/signin/email")
                        .param("email", "lin.daiyu@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
        mvc.perform(post("/signin/email")
                        .param("email", "lin.daiyu@example.com")
                        .param("password", "wrong password!")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("邮箱或密码错误")));
        mvc.perform(post("/signin/email")
                        .param("email", "nobody@example.com")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(content().string(containsString("邮箱或密码错误")));
        ResidueScan.of(admin).assertNoneOf("lin.daiyu@example.com", "Lin.Daiyu@Example.com", PASSWORD, "$argon2id$");
    }

    @Test
    void refusesWeakPasswordsTakenAddressesAndMissingAcceptance() throws Exception {
        mvc.perform(post("/signin/email")
                        .param("email", "a@example.com")
                        .param("password", "short")
                        .param("register", "true")
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(content().string(containsString("至少需要10位")));
        mvc.perform(post("/signin/email")
                        .param("email", "a@example.com")
                        .param("password", PASSWORD)
                        .param("register", "true")
                        .with(csrf()))
                .andExpect(content().string(containsString("同意隐私政策")));
        mvc.perform(post("/signin/email")
                        .param("email", "not-an-address")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(content().string(containsString("有效的电子邮箱")));
        passwords.register(EmailAddress.parse("taken@example.com"), PASSWORD, true);
        mvc.perform(post("/signin/email")
                        .param("email", "taken@example.com")
                        .param("password", PASSWORD)
                        .param("register", "true")
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(content().string(containsString("已注册")));
    }

    @Test
    void locksTheAccountWithBackOffAfterFiveFailures() {
        var email = EmailAddress.parse("locked@example.com");
        var account = passwords.register(email, PASSWORD, true);
        for (int i = 0; i < 5; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> passwords.signIn(email, "wrong wrong wrong"))
                    .hasMessage("signin.wrongPassword");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> passwords.signIn(email, PASSWORD))
                .hasMessage("signin.locked");
        jdbc.sql("update account.sign_in_failure set locked_until = now() - interval '1 second' where subject_id = :id")
                .param("id", account.value())
                .update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> passwords.signIn(email, "wrong again!!"))
                .hasMessage("signin.wrongPassword");
        var lockedFor = jdbc.sql("select extract(epoch from locked_until - now()) from account.sign_in_failure"
                        + " where subject_id = :id")
                .param("id", account.value())
                .query(Double.class)
                .single();
        assertThat(lockedFor).as("twice as long after the sixth failure").isBetween(100.0, 121.0);
        jdbc.sql("update account.sign_in_failure set locked_until = now() - interval '1 second' where subject_id = :id")
                .param("id", account.value())
                .update();
        assertThat(passwords.signIn(email, PASSWORD)).isEqualTo(account);
    }
}
