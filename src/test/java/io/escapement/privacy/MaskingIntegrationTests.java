package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.merchant.MerchantContact;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.RegisterMerchant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Keeps C-14: personal information renders masked in JSON and never reaches the logs in plaintext. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MaskingIntegrationTests {

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    MerchantDirectory merchants;

    @Test
    void rendersPersonalInformationMaskedInJson() {
        var contact = new MerchantContact(
                PersonName.parse("欧阳娜娜"), PhoneNumber.parse("13812345678"), EmailAddress.parse("nana@example.com"));
        var text = json.writeValueAsString(contact);
        assertThat(text)
                .contains("欧阳**", "138****5678", "n***@example.com")
                .doesNotContain("13812345678", "娜娜", "nana@");
    }

    @Test
    void keepsSeededPersonalInformationOutOfTheLogs(CapturedOutput output) {
        var contact = new MerchantContact(
                PersonName.parse("诸葛孔明"), PhoneNumber.parse("13987654321"), EmailAddress.parse("kongming@example.com"));
        merchants.register(List.of(new RegisterMerchant(
                "成都卧龙名表行", "Chengdu Wolong Watches", "成都", LocalDate.of(2020, 1, 1), BigDecimal.ONE, contact)));
        var log = LoggerFactory.getLogger(MaskingIntegrationTests.class);
        log.info("Registered merchant contact {}", contact);
        log.info("Call back 13987654321 or write to kongming@example.com about ID 11010519491231002X");
        log.warn("Lookup failed", new IllegalStateException("no account for +86 139 8765 4321"));
        assertThat(output.getAll())
                .contains("139****4321")
                .doesNotContain("13987654321", "139 8765 4321", "kongming@example.com", "孔明", "11010519491231002X");
    }

    @Test
    void publishesTheDataMapAsJson() throws Exception {
        mvc.perform(get("/api/v1/privacy/data-map"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field", hasItem("merchant.MerchantContact.phone")))
                .andExpect(jsonPath("$[?(@.field == 'merchant.MerchantContact.phone')].grade", hasItem(3)))
                .andExpect(jsonPath("$[?(@.field == 'merchant.MerchantContact.phone')].retention", hasItem("P3Y")));
    }
}
