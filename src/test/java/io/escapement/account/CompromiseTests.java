package io.escapement.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps P-11: the owner locks a compromised account, every session ends, security gets a priority case. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class CompromiseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    CompromiseReports reports;

    @Test
    void locksTheAccountEndsEverySessionAndOpensAPriorityCase() throws Exception {
        var phone = "13177770001";
        var laptop = signIn(phone);
        var mobile = signIn(phone);
        mvc.perform(post("/account/compromised").cookie(laptop).with(csrf()))
                .andExpect(content().string(containsString("id=\"case-opened\"")));
        mvc.perform(get("/account/privacy").cookie(mobile))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Fprivacy"));
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .with(csrf()))
                .andExpect(content().string(containsString("安全团队会与您联系")));
        var account = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        mvc.perform(get("/console/security").with(Staff.as(StaffRole.SECURITY)))
                .andExpect(content().string(containsString(account.toString())))
                .andExpect(content().string(containsString("HIGH")));
        var caseId = reports.openCases().stream()
                .filter(open -> open.account().equals(account.value()))
                .findFirst()
                .orElseThrow()
                .id();

        mvc.perform(post("/console/security/cases/{id}/unlock", caseId)
                        .with(Staff.as(StaffRole.CUSTOMER_SERVICE))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/security/cases/{id}/unlock", caseId)
                        .with(Staff.as(StaffRole.SECURITY))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say how the owner was verified")));
        mvc.perform(post("/console/security/cases/{id}/unlock", caseId)
                        .param("resolution", "Owner verified by video call, ticket SEC-1024")
                        .with(Staff.as(StaffRole.SECURITY))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-unlocked\"")));
        mvc.perform(post("/console/security/cases/{id}/unlock", caseId)
                        .param("resolution", "again")
                        .with(Staff.as(StaffRole.SECURITY))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reports.openCases()).noneMatch(open -> open.id() == caseId);
        mvc.perform(get("/account/privacy").cookie(signIn(phone))).andExpect(status().isOk());
    }

    private jakarta.servlet.http.Cookie signIn(String phone) throws Exception {
        return Codes.signIn(mvc, outbox, phone);
    }
}
