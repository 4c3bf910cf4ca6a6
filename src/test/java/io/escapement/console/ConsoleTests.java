package io.escapement.console;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class ConsoleTests {

    @Autowired
    MockMvc mvc;

    @Value("${escapement.console.password-file}")
    Path passwordFile;

    @Test
    void keepsTheConsoleForStaff() throws Exception {
        mvc.perform(get("/console/data-map")).andExpect(status().isUnauthorized());
        mvc.perform(get("/console/data-map").with(httpBasic("admin", "guess"))).andExpect(status().isUnauthorized());
    }

    @Test
    void showsTheDataMap() throws Exception {
        mvc.perform(get("/console/data-map").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("merchant.MerchantContact.phone")))
                .andExpect(content().string(containsString("user.contact.phone")));
    }

    @Test
    void verifiesTheAuditTrailOnRequest() throws Exception {
        mvc.perform(post("/console/audit/verify").with(admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit trail intact")));
        mvc.perform(post("/console/audit/verify").with(admin())).andExpect(status().isForbidden());
    }

    @Test
    void keepsTheGeneratedPasswordOwnerOnly() throws Exception {
        org.assertj.core.api.Assertions.assertThat(Files.getPosixFilePermissions(passwordFile))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() throws Exception {
        return httpBasic("admin", Files.readString(passwordFile).trim());
    }
}
