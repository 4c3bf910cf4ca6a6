package io.escapement.invoice;

import static io.escapement.testing.Buyer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.escapement.testing.DatabaseDump;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invoice titles through the API and the account page (U-5): masked lists, the credit code checked,
 * at most ten, someone else's title a 404, nothing in plaintext in the database, and nothing left of
 * a deleted title.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0"})
@AutoConfigureMockMvc
class InvoiceTitlesTests {

    static final String COMPANY = "擒纵测试腕表贸易（深圳）有限公司";
    static final String CODE = "91440300MA5DC12341";
    static final String PERSON = "欧阳娜娜";
    static final String API = "/api/v1/me/invoice-titles";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    static Map<String, Object> aCompany() {
        return Map.of("kind", "COMPANY", "name", COMPANY, "taxNumber", CODE);
    }

    static Map<String, Object> with(String key, Object value) {
        var changed = new HashMap<>(aCompany());
        changed.put(key, value);
        return changed;
    }

    SubjectId aBuyer() {
        return vault.newSubject("buyer");
    }

    ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            SubjectId buyer,
            Map<String, Object> title)
            throws Exception {
        return mvc.perform(request.with(as(buyer))
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.builder().build().writeValueAsString(title)));
    }

    String added(SubjectId buyer, Map<String, Object> title) throws Exception {
        var body = send(post(API), buyer, title)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    long rows() {
        return jdbc.sql("select count(*) from invoice.title").query(Long.class).single();
    }

    @Test
    void listsTitlesMaskedAndKeepsNoPlaintextNameOrCodeInTheDatabase() throws Exception {
        var buyer = aBuyer();
        added(buyer, aCompany());
        added(buyer, Map.of("kind", "personal", "name", PERSON));

        mvc.perform(get(API).with(as(buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("COMPANY"))
                .andExpect(jsonPath("$[0].name").value("擒纵******"))
                .andExpect(jsonPath("$[0].taxNumber").value("9144**********2341"))
                .andExpect(jsonPath("$[1].kind").value("PERSONAL"))
                .andExpect(jsonPath("$[1].name").value("欧***"))
                .andExpect(jsonPath("$[1].taxNumber").doesNotExist());
        var page = mvc.perform(get("/account/invoice-titles").with(as(buyer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("擒纵******", "9144**********2341").doesNotContain(COMPANY, CODE, PERSON);
        assertThat(mvc.perform(get("/account").with(as(buyer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/account/invoice-titles");

        var dump = DatabaseDump.take(admin);
        assertThat(dump.contains(COMPANY)).isFalse();
        assertThat(dump.contains(PERSON)).isFalse();
        assertThat(dump.contains(CODE)).isFalse();
        ResidueScan.of(admin).assertNoneOf(COMPANY, PERSON, CODE);
    }

    @Test
    void replacesATitleWithPutOrPatch() throws Exception {
        var buyer = aBuyer();
        var id = added(buyer, Map.of("kind", "PERSONAL", "name", PERSON));

        send(put(API + "/" + id), buyer, aCompany())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("COMPANY"))
                .andExpect(jsonPath("$.taxNumber").value("9144**********2341"));
        send(patch(API + "/" + id), buyer, Map.of("kind", "PERSONAL", "name", "张三"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PERSONAL"))
                .andExpect(jsonPath("$.name").value("张*"))
                .andExpect(jsonPath("$.taxNumber").doesNotExist());
    }

    @Test
    void deletesATitleForGoodAndAnswersAReplayedDeleteWith404() throws Exception {
        var buyer = aBuyer();
        var id = added(buyer, aCompany());
        var sealed = jdbc.sql("select vault_subject from invoice.title where id = :id")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single();

        mvc.perform(delete(API + "/" + id).with(as(buyer)).with(csrf())).andExpect(status().isNoContent());

        assertThat(vault.isErased(new SubjectId(sealed))).isTrue();
        mvc.perform(delete(API + "/" + id).with(as(buyer)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API).with(as(buyer))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void answersSomeoneElsesTitleAsUnknownAndChangesNothing() throws Exception {
        var owner = aBuyer();
        var id = added(owner, aCompany());
        var other = aBuyer();

        send(put(API + "/" + id), other, Map.of("kind", "PERSONAL", "name", PERSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("You have no such invoice title."));
        mvc.perform(delete(API + "/" + id).with(as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete(API + "/not-an-id").with(as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/account/invoice-titles/" + id + "/delete")
                        .with(as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API).with(as(owner)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("COMPANY"));
    }

    @Test
    void refusesBadInputWithAWordedProblemAndWritesNothing() throws Exception {
        var buyer = aBuyer();
        long before = rows();

        expectRefused(buyer, with("taxNumber", "91440300MA5DC12342"), "its last character does not match");
        expectRefused(buyer, with("taxNumber", "91440300MA5DC1234"), "has 18 characters");
        expectRefused(buyer, with("taxNumber", "91440300MA5DC1234I"), "only digits and the capital letters");
        expectRefused(buyer, with("taxNumber", " "), "Enter the company's unified social credit code.");
        expectRefused(buyer, with("name", "   "), "Enter the name");
        expectRefused(buyer, with("name", "名".repeat(101)), "at most 100 characters");
        expectRefused(buyer, with("kind", "FRIEND"), "a person or a company");
        expectRefused(buyer, Map.of(), "a person or a company");

        assertThat(rows()).isEqualTo(before);
        mvc.perform(post(API)
                        .with(as(buyer))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder()
                                .build()
                                .writeValueAsString(with("taxNumber", "91440300MA5DC12342"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("统一社会信用代码无效：校验位不符，请检查是否输错。"));
    }

    @Test
    void refusesTheEleventhTitle() throws Exception {
        var buyer = aBuyer();
        for (int i = 0; i < InvoiceTitles.LIMIT; i++) {
            added(buyer, Map.of("kind", "PERSONAL", "name", "买家" + i));
        }
        expectRefused(buyer, aCompany(), "at most 10 invoice titles");
        mvc.perform(get(API).with(as(buyer))).andExpect(jsonPath("$.length()").value(InvoiceTitles.LIMIT));
    }

    @Test
    void refusesAPostWithoutCsrf() throws Exception {
        var buyer = aBuyer();
        mvc.perform(post(API)
                        .with(as(buyer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(aCompany())))
                .andExpect(status().isForbidden());
        mvc.perform(get(API).with(as(buyer))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void addsEditsAndDeletesFromThePageAndRefusesABadCodeReadably() throws Exception {
        var buyer = aBuyer();
        var refused = mvc.perform(post("/account/invoice-titles")
                        .with(as(buyer))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("kind", "COMPANY")
                        .param("name", COMPANY)
                        .param("taxNumber", "91440300MA5DC12342"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("校验位不符");
        assertThat(rows(buyer)).isZero();

        mvc.perform(post("/account/invoice-titles")
                        .with(as(buyer))
                        .with(csrf())
                        .param("kind", "COMPANY")
                        .param("name", COMPANY)
                        .param("taxNumber", CODE))
                .andExpect(status().is3xxRedirection());
        var id = jdbc.sql("select id from invoice.title where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(UUID.class)
                .single();
        mvc.perform(get("/account/invoice-titles/" + id + "/edit").with(as(buyer)))
                .andExpect(status().isOk());
        mvc.perform(post("/account/invoice-titles/" + id)
                        .with(as(buyer))
                        .with(csrf())
                        .param("kind", "PERSONAL")
                        .param("name", PERSON))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(API).with(as(buyer))).andExpect(jsonPath("$[0].kind").value("PERSONAL"));
        mvc.perform(post("/account/invoice-titles/" + id + "/delete")
                        .with(as(buyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows(buyer)).isZero();
    }

    @Test
    void shredsEveryTitleOfAnErasedBuyer() throws Exception {
        var buyer = aBuyer();
        var other = aBuyer();
        added(buyer, aCompany());
        added(buyer, Map.of("kind", "PERSONAL", "name", PERSON));
        added(other, aCompany());
        var sealed = jdbc.sql("select vault_subject from invoice.title where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(UUID.class)
                .list();

        transactions.executeWithoutResult(
                tx -> events.publishEvent(new io.escapement.privacy.SubjectErased(buyer.value())));

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> rows(buyer) == 0);
        assertThat(sealed)
                .hasSize(2)
                .allSatisfy(subject ->
                        assertThat(vault.isErased(new SubjectId(subject))).isTrue());
        assertThat(rows(other)).isEqualTo(1);
    }

    private long rows(SubjectId buyer) {
        return jdbc.sql("select count(*) from invoice.title where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Long.class)
                .single();
    }

    private void expectRefused(SubjectId buyer, Map<String, Object> title, String wording) throws Exception {
        send(post(API), buyer, title)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(wording)));
    }
}
