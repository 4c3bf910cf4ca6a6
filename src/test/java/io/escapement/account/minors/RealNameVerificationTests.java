package io.escapement.account.minors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Bundles;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.Accessor;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps U-1 and M-1: verified identity sealed, locked, changed only by staff on a case; minors restricted. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
public class RealNameVerificationTests {

    public static final String ADULT_ID = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    RealNameVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consents consents;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void verifiesShowsMaskedAndLocksTheIdentity() throws Exception {
        var session = signIn("13255550001");
        mvc.perform(post("/account/identity")
                        .param("name", "王小明")
                        .param("idNumber", "110105194912310021")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("check")));
        mvc.perform(post("/account/identity")
                        .param("name", "王小明")
                        .param("idNumber", ADULT_ID)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王**")))
                .andExpect(content().string(containsString("110***********002X")))
                .andExpect(content().string(containsString("id=\"identity-locked\"")));
        mvc.perform(post("/account/identity")
                        .param("name", "王大明")
                        .param("idNumber", ADULT_ID)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"identity-problem\">您的实名信息已锁定")));
        ResidueScan.of(admin).assertNoneOf(ADULT_ID, "王小明");
    }

    @Test
    void letsStaffCorrectTheIdentityOnACaseAndRecordsIt() throws Exception {
        var session = signIn("13255550002");
        var buyer = phones.owner(PhoneNumber.parse("13255550002")).orElseThrow();
        verification.verify(buyer, PersonName.parse("李四"), ResidentId.parse(ADULT_ID));
        assertThatThrownBy(() -> verification.verify(buyer, PersonName.parse("李斯"), ResidentId.parse(ADULT_ID)))
                .isInstanceOf(RealNameVerification.IdentityLocked.class);
        verification.correct(
                buyer,
                PersonName.parse("李斯"),
                ResidentId.parse(ADULT_ID),
                Accessor.staff("staff-9", StaffRole.CUSTOMER_SERVICE, "CS-2026-0501"));
        assertThat(jdbc.sql("select action || ' ' || case_reference from audit.entry where subject_id = :id")
                        .param("id", buyer.value())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("CORRECT CS-2026-0501", "CORRECT CS-2026-0501");
        assertThatThrownBy(() -> verification.correct(
                        buyer, PersonName.parse("李斯"), ResidentId.parse(ADULT_ID), Accessor.system("self-service")))
                .hasMessageContaining("Only staff");
        mvc.perform(get("/account/accesses").cookie(session))
                .andExpect(content().string(containsString("CS-2026-0501")))
                .andExpect(content().string(containsString("客服")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("staff-9"))));
    }

    @Test
    void restrictsAMinorUntilAGuardianConsents() throws Exception {
        var session = signIn("13255550003");
        var buyer = phones.owner(PhoneNumber.parse("13255550003")).orElseThrow();
        var minor = ResidentId.parse(withCheckDigit("44030320120615123"));
        assertThat(verification.verify(buyer, PersonName.parse("陈小宝"), minor).minor())
                .isTrue();
        assertThat(jdbc.sql("select status from account.account where subject_id = :id")
                        .param("id", buyer.value())
                        .query(String.class)
                        .single())
                .isEqualTo("RESTRICTED");
        assertThatThrownBy(() -> consents.grant(buyer, Purpose.PERSONALISATION, 1, Channel.WEB, "settings"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("under 18"));
        assertThat(consents.permits(buyer, Purpose.MARKETING_SMS)).isFalse();

        var guardian = "13899990003";
        mvc.perform(post("/account/guardian/code")
                        .param("guardianPhone", guardian)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk());
        var code = Codes.lastSentTo(outbox, guardian);
        mvc.perform(post("/account/guardian")
                        .param("guardianPhone", guardian)
                        .param("code", code)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/guardian")
                        .param("guardianPhone", guardian)
                        .param("code", code)
                        .param("declared", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"guardian-confirmed\"")));
        assertThat(consents.grant(buyer, Purpose.PERSONALISATION, 1, Channel.WEB, "settings")
                        .granted())
                .isTrue();
        ResidueScan.of(admin).assertNoneOf(guardian);
    }

    private jakarta.servlet.http.Cookie signIn(String phone) throws Exception {
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        var code = Codes.lastSentTo(outbox, phone);
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", code)
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }

    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
