package io.escapement.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountContact;
import io.escapement.account.signin.EmailCredentials;
import io.escapement.audit.DataAccessHistory;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Keeps P-4, P-5 and U-1 for the customer-service look-up: a buyer found by number is shown masked,
 * a field in full only with a reason on a case, every read is audited and seen by the buyer, bad
 * input gets a readable answer, and many look-ups flag the staff member.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.audit.bulk-read-threshold=2"})
@AutoConfigureMockMvc
class CustomerServiceConsoleTests {

    private static final String HANDLE = "customer_service-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    DataAccessHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsABuyerByNumberAndShowsThemMaskedOnACase() throws Exception {
        var phone = aNumber();
        var buyer = aBuyer(phone, "lin.daiyu@example.com");
        lookUp(phone, "CS-2026-0042")
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString(PhoneNumber.parse(phone).masked())))
                .andExpect(content()
                        .string(containsString(
                                EmailAddress.parse("lin.daiyu@example.com").masked())))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString("lin.daiyu@"))));
        assertThat(actions(buyer)).containsExactlyInAnyOrder("READ CS-2026-0042 null", "READ CS-2026-0042 null");
    }

    @Test
    void showsAFieldInFullWithAReasonAndTheBuyerSeesIt() throws Exception {
        var phone = aNumber();
        var buyer = aBuyer(phone, "xue.baochai@example.com");
        unmask(buyer.toString(), "PHONE", "Caller asks which number is on file", "CS-2026-0043")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phone)));
        assertThat(actions(buyer)).containsExactly("UNMASK CS-2026-0043 Caller asks which number is on file");
        assertThat(history.of(buyer)).singleElement().satisfies(access -> {
            assertThat(access.by()).isEqualTo("CUSTOMER_SERVICE");
            assertThat(access.caseReference()).isEqualTo("CS-2026-0043");
            assertThat(access.reason()).isEqualTo("Caller asks which number is on file");
        });
    }

    @Test
    void answersBadInputWithAReadableMessage() throws Exception {
        var buyer = aBuyer(aNumber(), null);
        refused(lookUp("", "CS-1"), "mobile number");
        refused(lookUp("12345", "CS-1"), "mobile number");
        refused(lookUp(aNumber(), " "), "case reference");
        refused(lookUp(aNumber(), "CS-" + "9".repeat(60)), "at most 40");
        refused(lookUp(aNumber(), "CS 1; drop table"), "letters, digits");
        refused(unmask(buyer.toString(), "PHONE", " ", "CS-1"), "Say why");
        refused(unmask(buyer.toString(), "PHONE", "x".repeat(201), "CS-1"), "at most 200");
        refused(unmask(buyer.toString(), "PASSWORD", "because", "CS-1"), "choose a field");
        refused(unmask("not-a-buyer", "PHONE", "because", "CS-1"), "Look the buyer up again");
        assertThat(actions(buyer)).isEmpty();
    }

    @Test
    void saysSoWhenNoBuyerHasTheNumber() throws Exception {
        lookUp(aNumber(), "CS-1")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No buyer has this number.")));
    }

    @Test
    void refusesToShowAFieldInFullToARoleThatMayNotUnmaskIt() throws Exception {
        var buyer = aBuyer(aNumber(), null);
        vault.classify(buyer, io.escapement.privacy.Sensitivity.SENSITIVE);
        refused(unmask(buyer.toString(), "PHONE", "because", "CS-1"), "may not unmask")
                .andExpect(status().isForbidden());
    }

    @Test
    void flagsAStaffMemberWhoLooksUpManyBuyers() throws Exception {
        for (int i = 0; i < 3; i++) {
            var phone = aNumber();
            aBuyer(phone, null);
            lookUp(phone, "CS-2026-0044").andExpect(status().isOk());
        }
        assertThat(history.anomalies(1))
                .anySatisfy(anomaly -> assertThat(anomaly.staff()).isEqualTo(HANDLE));
    }

    private ResultActions lookUp(String phone, String caseReference) throws Exception {
        return mvc.perform(post("/console/customers/lookup")
                .param("phone", phone)
                .param("caseReference", caseReference)
                .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                .with(csrf()));
    }

    private ResultActions unmask(String buyer, String field, String reason, String caseReference) throws Exception {
        return mvc.perform(post("/console/customers/unmask")
                .param("buyer", buyer)
                .param("field", field)
                .param("reason", reason)
                .param("caseReference", caseReference)
                .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                .with(csrf()));
    }

    private static ResultActions refused(ResultActions result, String message) throws Exception {
        return result.andExpect(status().is4xxClientError()).andExpect(content().string(containsString(message)));
    }

    private SubjectId aBuyer(String phone, String email) {
        var buyer = vault.newSubject("buyer");
        vault.store(buyer, new AccountContact(PhoneNumber.parse(phone)));
        if (email != null) {
            vault.store(buyer, new EmailCredentials(EmailAddress.parse(email), null));
        }
        return buyer;
    }

    private java.util.List<String> actions(SubjectId buyer) {
        return jdbc.sql("select action || ' ' || case_reference || ' ' || coalesce(reason, 'null') from audit.entry"
                        + " where subject_id = :id and accessor_ref = :handle order by seq")
                .param("id", buyer.value())
                .param("handle", HANDLE)
                .query(String.class)
                .list();
    }

    private static String aNumber() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
