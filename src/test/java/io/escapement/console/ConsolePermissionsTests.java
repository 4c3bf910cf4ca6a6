package io.escapement.console;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.StaffRole;
import io.escapement.testing.Staff;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps P-4's least privilege: every console page opens for the roles its work needs and is
 * forbidden to every other role; merchant staff stay out of the console, and platform staff out of
 * the merchant portal.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class ConsolePermissionsTests {

    private static final Map<String, Set<StaffRole>> PAGES = Map.of(
            "/console", EnumSet.allOf(StaffRole.class),
            "/console/data-map", EnumSet.of(StaffRole.DPO, StaffRole.SECURITY, StaffRole.ADMINISTRATOR),
            "/console/audit", EnumSet.of(StaffRole.DPO, StaffRole.SECURITY),
            "/console/policy", EnumSet.of(StaffRole.DPO),
            "/console/security", EnumSet.of(StaffRole.SECURITY),
            "/console/staff", EnumSet.of(StaffRole.ADMINISTRATOR),
            "/console/merchants", EnumSet.of(StaffRole.OPERATIONS),
            "/console/customers", EnumSet.of(StaffRole.CUSTOMER_SERVICE),
            "/console/inspections", EnumSet.of(StaffRole.INSPECTOR),
            "/console/not-in-the-table", EnumSet.noneOf(StaffRole.class));

    @Autowired
    MockMvc mvc;

    @Test
    void opensEachPageToItsRolesOnly() throws Exception {
        for (var page : PAGES.entrySet()) {
            for (var role : StaffRole.values()) {
                var expected = page.getValue().contains(role) ? status().isOk() : status().isForbidden();
                mvc.perform(get(page.getKey()).with(Staff.as(role))).andExpect(expected);
            }
        }
    }

    @Test
    void keepsMerchantStaffAndPlatformStaffApart() throws Exception {
        mvc.perform(get("/console").with(Staff.ofMerchant(1))).andExpect(status().isForbidden());
        mvc.perform(get("/console/data-map").with(Staff.ofMerchant(1))).andExpect(status().isForbidden());
        for (var role : StaffRole.values()) {
            mvc.perform(get("/merchant").with(Staff.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/merchant")).andExpect(redirectedUrl("/staff/signin"));
    }
}
