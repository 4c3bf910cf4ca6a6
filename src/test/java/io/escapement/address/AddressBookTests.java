package io.escapement.address;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The address book through its pages and its API (issue 13): masked lists, the full address only
 * after re-authentication, codes checked against the division list, someone else's address a 404,
 * nothing in plaintext in the database, and nothing left of a deleted address (U-8).
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class AddressBookTests {

    static final String NAME = "欧阳娜娜";
    static final String PHONE = "13912345678";
    static final String DETAIL = "科技园南路88号腾讯滨海大厦12楼";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    AddressBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentSmsOutbox sms;

    @Autowired
    AccountPhones phones;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    static Map<String, Object> anAddress() {
        return Map.of(
                "recipient", NAME,
                "phone", PHONE,
                "province", "440000",
                "city", "440300",
                "district", "440305",
                "detail", DETAIL,
                "postcode", "518057");
    }

    static Map<String, Object> with(String key, Object value) {
        var changed = new java.util.HashMap<>(anAddress());
        changed.put(key, value);
        return changed;
    }

    SubjectId aBuyer() {
        return vault.newSubject("buyer");
    }

    ResultActions create(SubjectId buyer, Map<String, Object> address, String language) throws Exception {
        return mvc.perform(post("/api/v1/me/addresses")
                .with(as(buyer))
                .with(csrf())
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.builder().build().writeValueAsString(address)));
    }

    String added(SubjectId buyer) throws Exception {
        var body = create(buyer, anAddress(), "zh-CN")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    @Test
    void listsAddressesMaskedWithTheRegionInWords() throws Exception {
        var buyer = aBuyer();
        added(buyer);

        mvc.perform(get("/api/v1/me/addresses").with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recipient").value("欧阳**"))
                .andExpect(jsonPath("$[0].phone").value("139****5678"))
                .andExpect(jsonPath("$[0].detail").value("********"))
                .andExpect(jsonPath("$[0].region.city.name").value("深圳市"))
                .andExpect(jsonPath("$[0].region.district.code").value("440305"))
                .andExpect(jsonPath("$[0].postcode").value("518057"))
                .andExpect(jsonPath("$[0].isDefault").value(true));
        var page = mvc.perform(get("/account/addresses").with(as(buyer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("欧阳**", "139****5678", "广东省深圳市南山区").doesNotContain(NAME, PHONE, DETAIL);
    }

    @Test
    void keepsNoPlaintextNamePhoneOrDetailInTheDatabase() throws Exception {
        var buyer = aBuyer();
        added(buyer);
        added(buyer);

        ResidueScan.of(admin).assertNoneOf(NAME, PHONE, "+86" + PHONE, DETAIL);
    }

    @Test
    void deletesAnAddressForGoodAndAnswersAReplayedDeleteWith404() throws Exception {
        var buyer = aBuyer();
        var id = added(buyer);
        var sealed = jdbc.sql("select vault_subject from address.shipping_address where id = :id")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single();

        mvc.perform(delete("/api/v1/me/addresses/" + id).with(as(buyer)).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(vault.isErased(new SubjectId(sealed))).isTrue();
        assertThat(jdbc.sql("select count(*) from vault.personal_field where subject_id = :id")
                        .param("id", sealed)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(book.list(buyer)).isEmpty();
        assertThat(book.forCheckout(buyer, new AddressId(UUID.fromString(id)))).isEmpty();
        mvc.perform(delete("/api/v1/me/addresses/" + id)
                        .with(as(buyer))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no such address in your address book."));
    }

    @Test
    void answersSomeoneElsesAddressAsUnknown() throws Exception {
        var owner = aBuyer();
        var id = added(owner);
        var other = aBuyer();
        var json = JsonMapper.builder().build().writeValueAsString(anAddress());

        mvc.perform(put("/api/v1/me/addresses/" + id)
                        .with(as(other))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("您的地址簿中没有这个地址。"));
        mvc.perform(delete("/api/v1/me/addresses/" + id).with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/addresses/" + id + "/default")
                        .with(as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/addresses/not-an-id").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/addresses/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/account/addresses/" + id + "/delete").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("您的地址簿中没有这个地址。")));
        assertThat(book.forCheckout(other, new AddressId(UUID.fromString(id)))).isEmpty();
        assertThat(book.list(owner)).hasSize(1);
    }

    @Test
    void refusesBadInputWithAWordedProblemInBothLanguages() throws Exception {
        var buyer = aBuyer();
        var cases = Map.of(
                with("recipient", " "), "name",
                with("recipient", "张".repeat(51)), "50",
                with("phone", "85212345678"), "mobile",
                with("province", "990000"), "province",
                with("province", "x".repeat(1000)), "province",
                with("city", "110100"), "is not in",
                with("district", "110101"), "is not in",
                with("postcode", "51805"), "six digits",
                with("detail", "x".repeat(121)), "120",
                with("detail", ""), "street");
        for (var bad : cases.entrySet()) {
            create(buyer, bad.getKey(), "en")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(bad.getValue())));
            var chinese = create(buyer, bad.getKey(), "zh-CN")
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(chinese, "$.detail")).containsPattern("\\p{IsHan}");
        }
        assertThat(book.list(buyer)).as("nothing half-written").isEmpty();
        assertThat(jdbc.sql("select count(*) from address.shipping_address where buyer = :buyer")
                        .param("buyer", buyer.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesTheTwentyFirstAddress() throws Exception {
        var buyer = aBuyer();
        for (int i = 0; i < AddressBook.LIMIT; i++) {
            added(buyer);
        }
        create(buyer, anAddress(), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("You can keep at most 20 addresses. Delete one to add another."));
        assertThat(book.list(buyer)).hasSize(AddressBook.LIMIT);
    }

    @Test
    void keepsOneDefaultAndHandsItOnWhenTheDefaultIsDeleted() throws Exception {
        var buyer = aBuyer();
        var first = added(buyer);
        var second = added(buyer);

        mvc.perform(post("/api/v1/me/addresses/" + second + "/default")
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[0].isDefault").value(true))
                .andExpect(jsonPath("$[1].isDefault").value(false));
        mvc.perform(delete("/api/v1/me/addresses/" + second).with(as(buyer)).with(csrf()));

        assertThat(book.list(buyer)).singleElement().satisfies(card -> {
            assertThat(card.id().toString()).isEqualTo(first);
            assertThat(card.isDefault()).isTrue();
        });
    }

    @Test
    void replacesAnAddressAndHandsCheckoutTheFullCopy() throws Exception {
        var buyer = aBuyer();
        var id = added(buyer);
        var json = JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of(
                        "recipient", "李娜",
                        "phone", "138 0013 8000",
                        "province", "110000",
                        "city", "110100",
                        "district", "110105",
                        "detail", "建国路1号"));

        mvc.perform(put("/api/v1/me/addresses/" + id)
                        .with(as(buyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value("李*"))
                .andExpect(jsonPath("$.region.district.name").value("朝阳区"));

        var copy = book.forCheckout(buyer, new AddressId(UUID.fromString(id))).orElseThrow();
        assertThat(copy.recipient().value()).isEqualTo("李娜");
        assertThat(copy.phone().e164()).isEqualTo("+8613800138000");
        assertThat(copy.region().written()).isEqualTo("北京市朝阳区");
        assertThat(copy.detail()).isEqualTo("建国路1号");
        assertThat(copy.postcode()).isNull();
        assertThat(copy.toString()).doesNotContain("李娜", "13800138000", "建国路");
    }

    @Test
    void showsOneAddressInFullOnlyAfterReauthentication() throws Exception {
        var phone = "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        var session = Codes.signIn(mvc, sms, phone);
        var buyer = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        var id = book.add(buyer, new EnterAddress(NAME, PHONE, "440000", "440300", "440305", DETAIL, null));

        var masked = page(session, "/account/addresses/" + id);
        assertThat(masked).contains("欧阳**", "/account/profile#reauthenticate").doesNotContain(NAME, DETAIL);
        assertThat(page(session, "/account/addresses/" + id + "/edit")).doesNotContain(NAME, DETAIL);

        mvc.perform(post("/account/profile/reauthenticate/code").cookie(session).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/account/profile/reauthenticate")
                        .param("code", Codes.lastSentTo(sms, phone))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(session, "/account/addresses/" + id)).contains(NAME, PHONE, DETAIL);
        assertThat(page(session, "/account/addresses/" + id + "/edit"))
                .contains("value=\"" + DETAIL + "\"", "value=\"" + NAME + "\"");
    }

    String page(jakarta.servlet.http.Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void addsAnAddressFromTheFormAndRefusesABadOneReadably() throws Exception {
        var buyer = aBuyer();
        mvc.perform(fromTheForm(buyer, "110100"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("市辖区不属于广东省，请重新选择城市。")));
        mvc.perform(fromTheForm(buyer, "440300").param("postcode", "")).andExpect(status().is3xxRedirection());

        assertThat(book.list(buyer))
                .singleElement()
                .satisfies(card -> assertThat(card.postcode()).isNull());
        mvc.perform(post("/account/addresses/" + book.list(buyer).get(0).id() + "/delete")
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(book.list(buyer)).isEmpty();
    }

    MockHttpServletRequestBuilder fromTheForm(SubjectId buyer, String city) {
        return post("/account/addresses")
                .with(as(buyer))
                .with(csrf())
                .param("recipient", NAME)
                .param("phone", PHONE)
                .param("province", "440000")
                .param("city", city)
                .param("district", "440305")
                .param("detail", DETAIL);
    }

    @Test
    void offersTheNextLevelOfThePickerWithHtmxAndWithoutJavaScript() throws Exception {
        var buyer = aBuyer();
        mvc.perform(get("/account/addresses/cities").param("province", "440000").with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("<option value=\"440300\">深圳市</option>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-swap-oob")));
        mvc.perform(get("/account/addresses/districts").param("city", "440300").with(as(buyer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("南山区")));
        mvc.perform(get("/account/addresses/cities")
                        .param("province", "x".repeat(1000))
                        .with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("市"))));

        mvc.perform(post("/account/addresses")
                        .with(as(buyer))
                        .with(csrf())
                        .param("province", "440000")
                        .param("city", "440300")
                        .param("refresh", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("南山区")));
        assertThat(book.list(buyer)).isEmpty();
    }

    @Test
    void deletesTheBookOfAnErasedBuyer() throws Exception {
        var buyer = aBuyer();
        added(buyer);
        added(buyer);

        var sealed = jdbc.sql("select vault_subject from address.shipping_address where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(UUID.class)
                .list();

        vault.shred(buyer);

        await().atMost(Duration.ofSeconds(20)).until(() -> book.list(buyer).isEmpty());
        assertThat(sealed)
                .hasSize(2)
                .allSatisfy(subject ->
                        assertThat(vault.isErased(new SubjectId(subject))).isTrue());
    }

    @Test
    void keepsAtMostTwentyAddressesWhenTheTwentiethIsAddedTwiceAtOnce() throws Exception {
        var buyer = aBuyer();
        for (int i = 0; i < AddressBook.LIMIT - 1; i++) {
            added(buyer);
        }
        var input = new EnterAddress(NAME, PHONE, "440000", "440300", "440305", DETAIL, null);
        var refused = new java.util.concurrent.atomic.AtomicInteger();
        var racers = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 4; i++) {
            done.add(racers.submit(() -> {
                start.await();
                try {
                    book.add(buyer, input);
                } catch (AddressRefused full) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (var racer : done) {
            racer.get();
        }
        racers.shutdown();
        assertThat(book.list(buyer)).hasSize(AddressBook.LIMIT);
        assertThat(refused).hasValue(3);
    }

    @Test
    void rendersTheFormWithEveryProvinceAndTheHtmxPicker() throws Exception {
        var form = mvc.perform(get("/account/addresses/new").param("lang", "en").with(as(aBuyer())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("<option value=\"440000\">广东省</option>", "hx-get=\"/account/addresses/cities\"")
                .contains("hx-get=\"/account/addresses/districts\"", "name=\"refresh\"", "Add an address");
        assertThat(form.split("<option value=\"\\d{6}\"", -1)).hasSize(32);
    }

    @Test
    void linksTheAddressBookFromTheAccountHub() throws Exception {
        mvc.perform(get("/account").with(as(aBuyer())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/account/addresses\"")));
    }
}
