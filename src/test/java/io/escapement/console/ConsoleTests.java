package io.escapement.console;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class ConsoleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sendsStrangersToTheStaffSignIn() throws Exception {
        mvc.perform(get("/console/data-map")).andExpect(redirectedUrl("/staff/signin"));
    }

    @Test
    void showsTheDataMap() throws Exception {
        mvc.perform(get("/console/data-map").with(Staff.as(StaffRole.DPO)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("merchant.MerchantContact.phone")))
                .andExpect(content().string(containsString("user.contact.phone")));
    }

    @Test
    void verifiesTheAuditTrailOnRequest() throws Exception {
        mvc.perform(post("/console/audit/verify")
                        .with(Staff.as(StaffRole.SECURITY))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit trail intact")));
        mvc.perform(post("/console/audit/verify").with(Staff.as(StaffRole.SECURITY)))
                .andExpect(status().isForbidden());
    }
}
