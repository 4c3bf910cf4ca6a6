package io.escapement.account.signin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.vault.SubjectId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** With no third-party provider configured (the default) the application runs and says so (C-10). */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class BindingsWithoutProvidersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void saysThatNoProviderIsConfigured() throws Exception {
        mvc.perform(get("/account/bindings").with(buyer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bindings-none\"")))
                .andExpect(content().string(containsString("本站尚未配置第三方登录服务")));
        mvc.perform(get("/signin")).andExpect(content().string(not(containsString("external-sign-in"))));
        mvc.perform(get("/account/bindings/wechat/bind").param("token", "x").with(buyer()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("本站没有这个第三方登录服务")));
        mvc.perform(get("/oauth2/authorization/wechat")).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor buyer() {
        return user(UUID.randomUUID().toString()).authorities(new SimpleGrantedAuthority(SubjectId.BUYER_ROLE));
    }
}
