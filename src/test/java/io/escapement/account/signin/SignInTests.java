package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.PolicyVersions;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.privacy.PhoneNumber;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps C-1 and C-8: register with a number and a code, then switch optional uses on and off. */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    PolicyVersions policy;

    @Autowired
    TermsVersions terms;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void registersOnlyWithAcceptanceOfTheTermsAndThePolicyAndSignsInAgainWithoutIt() throws Exception {
        var phone = uniquePhone();
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accept-policy\"")))
                .andExpect(content().string(containsString("我已阅读并同意")))
                .andExpect(content().string(containsString("href=\"/terms\"")))
                .andExpect(content().string(containsString("《用户协议》")))
                .andExpect(content().string(containsString("《隐私政策》")));
        mvc.perform(post("/signin").param("phone", phone).param("code", code()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("注册前请阅读并同意《用户协议》和《隐私政策》")));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", "000000")
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        var session = signIn(phone);
        var subject = phones.owner(PhoneNumber.parse(phone)).orElseThrow();
        assertThat(policy.acceptances(subject.value())).isNotEmpty();
        assertThat(terms.acceptances(subject.value())).singleElement().satisfies(accepted -> {
            assertThat(accepted.version()).isEqualTo(terms.effectiveVersion());
            assertThat(accepted.occasion()).isEqualTo(TermsOccasion.SIGN_UP);
            assertThat(accepted.channel()).isEqualTo(AcceptanceChannel.WEB);
        });
        mvc.perform(get("/account/privacy").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("个性化推荐")));

        mvc.perform(post("/signin/code").param("phone", phone).with(csrf())).andExpect(status().isTooManyRequests());
    }

    @Test
    void doesNotRevealWhetherANumberHasAnAccount() throws Exception {
        var known = uniquePhone();
        mvc.perform(post("/signin/code").param("phone", known).with(csrf()));
        signIn(known);
        jdbc.sql("update account.sign_in_code set issued_at = issued_at - interval '2 minutes'")
                .update();
        var unknown = uniquePhone();
        var forKnown = mvc.perform(post("/signin/code").param("phone", known).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var forUnknown = mvc.perform(
                        post("/signin/code").param("phone", unknown).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(strip(forKnown, known)).isEqualTo(strip(forUnknown, unknown));
    }

    /** The page without the number itself, its masked form and the per-request CSRF token. */
    private static String strip(String page, String phone) {
        var number = PhoneNumber.parse(phone);
        return page.replace(number.e164(), "")
                .replace(number.masked(), "")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void sendsVisitorsWhoAreNotSignedInToTheSignInPage() throws Exception {
        mvc.perform(get("/account/privacy")).andExpect(redirectedUrl("/signin?next=%2Faccount%2Fprivacy"));
        mvc.perform(post("/account/privacy").with(csrf())).andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/api/v1/me/privacy")).andExpect(status().isUnauthorized());
        mvc.perform(post("/signin/code").param("phone", "12345").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("11位")));
    }

    @Test
    void returnsTheBuyerToThePageTheyCameFromAndNeverToAnotherSite() throws Exception {
        mvc.perform(get("/account/orders?state=closed"))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Forders%3Fstate%3Dclosed"));
        mvc.perform(get("/signin").param("next", "/account/orders?state=closed"))
                .andExpect(content().string(containsString("name=\"next\" value=\"/account/orders?state=closed\"")));
        var phone = uniquePhone();
        mvc.perform(post("/signin/code")
                        .param("phone", phone)
                        .param("next", "/account/orders?state=closed")
                        .with(csrf()))
                .andExpect(content().string(containsString("value=\"/account/orders?state=closed\"")));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", code())
                        .param("acceptsPolicy", "true")
                        .param("next", "/account/orders?state=closed")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/orders?state=closed"));
        mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", "000000")
                        .param("next", "//evil.example/x")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void switchesAnOptionalUseOnAndOffAndKeepsTheHistory() throws Exception {
        var session = register();
        mvc.perform(post("/account/privacy")
                        .param("purpose", "PERSONALISATION")
                        .param("on", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
        mvc.perform(get("/api/v1/me/privacy").cookie(session))
                .andExpect(jsonPath("$.settings[?(@.purpose == 'PERSONALISATION')].on")
                        .value(true))
                .andExpect(jsonPath("$.history[0].granted").value(true));
        mvc.perform(post("/account/privacy")
                        .param("purpose", "PERSONALISATION")
                        .param("on", "false")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"));
        mvc.perform(get("/api/v1/me/privacy").cookie(session))
                .andExpect(jsonPath("$.settings[?(@.purpose == 'PERSONALISATION')].on")
                        .value(false))
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void switchesFromTheAppsThroughTheApi() throws Exception {
        var session = register();
        mvc.perform(put("/api/v1/me/privacy/LOCATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":true}")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings[?(@.purpose == 'LOCATION')].on").value(true))
                .andExpect(jsonPath("$.history[0].channel").value("API"));
        mvc.perform(put("/api/v1/me/privacy/ACCOUNT")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":false}")
                        .header("Accept-Language", "en")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is required to use the service")))
                .andExpect(jsonPath("$.detail", containsString("cancel the account")))
                .andExpect(jsonPath("$.detail", not(containsString("ACCOUNT"))));
        mvc.perform(put("/api/v1/me/privacy/NOPE")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":true}")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("没有名为“NOPE”的用途")));
        mvc.perform(put("/api/v1/me/privacy/LOCATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/me/privacy/LOCATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":false}")
                        .cookie(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void linksTheBuyersVisitsOnlyAfterTheAnalyticsSwitchIsOn() throws Exception {
        var session = register();
        long before = linkedViews();
        mvc.perform(post("/beacon")
                .contentType(MediaType.TEXT_PLAIN)
                .content("/watches")
                .cookie(session));
        assertThat(linkedViews()).isEqualTo(before);
        mvc.perform(put("/api/v1/me/privacy/ANALYTICS")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":true}")
                .cookie(session)
                .with(csrf()));
        mvc.perform(post("/beacon")
                .contentType(MediaType.TEXT_PLAIN)
                .content("/watches")
                .cookie(session));
        assertThat(linkedViews()).isEqualTo(before + 1);
    }

    private long linkedViews() {
        return jdbc.sql("select count(*) from analytics.linked_view")
                .query(Long.class)
                .single();
    }

    @Test
    void listsTheBuyersSessionsAndEndsTheOthers() throws Exception {
        var phone = uniquePhone();
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        var laptop = signIn(phone);
        var session = mvc.perform(get("/account/sessions").cookie(laptop))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(session).contains("本设备");
        var phoneSession = otherSignIn(phone);
        mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(content().string(containsString("退出该设备")));
        mvc.perform(post("/account/sessions/end-others").cookie(laptop).with(csrf()))
                .andExpect(redirectedUrl("/account/sessions"));
        mvc.perform(get("/account/privacy").cookie(phoneSession))
                .andExpect(redirectedUrl("/signin?next=%2Faccount%2Fprivacy"));
        mvc.perform(get("/account/privacy").cookie(laptop)).andExpect(status().isOk());
    }

    /** A second sign-in of the same number, a minute later as the spacing requires. */
    private Cookie otherSignIn(String phone) throws Exception {
        var issued = jdbc.sql("update account.sign_in_code set issued_at = issued_at - interval '2 minutes'")
                .update();
        assertThat(issued).isPositive();
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", code())
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("ESCAPEMENT_SESSION");
    }

    @Test
    void explainsSwitchesThatCannotBeMade() throws Exception {
        var session = register();
        mvc.perform(post("/account/privacy")
                        .param("purpose", "ACCOUNT")
                        .param("on", "false")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", containsString("如要停止，请注销账户")));
        mvc.perform(post("/account/privacy")
                        .param("purpose", "SELLING_DATA")
                        .param("on", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", containsString("没有名为“SELLING_DATA”的用途")));
        mvc.perform(post("/account/privacy")
                        .param("purpose", "LOCATION")
                        .param("on", "true")
                        .cookie(session))
                .andExpect(status().isForbidden());
    }

    private Cookie register() throws Exception {
        var phone = uniquePhone();
        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        return signIn(phone);
    }

    private Cookie signIn(String phone) throws Exception {
        var result = mvc.perform(post("/signin")
                        .param("phone", phone)
                        .param("code", code())
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/privacy"))
                .andReturn();
        var session = result.getResponse().getCookie("ESCAPEMENT_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.getSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        return session;
    }

    private String code() {
        return outbox.messages().get(0).text().replaceAll("\\D*(\\d{6}).*", "$1");
    }

    private static String uniquePhone() {
        return "136" + String.format("%08d", (int) (Math.random() * 100_000_000));
    }
}
