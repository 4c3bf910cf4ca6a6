package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Keeps K-1: the session cookie the server sets is the one the cookie inventory declares. */
class SessionCookieTests {

    @Test
    void namesTheSessionCookieAsTheInventoryDeclaresIt() throws Exception {
        var properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(properties.getProperty("server.servlet.session.cookie.name")).isEqualTo(SessionCookie.NAME);
        assertThat(properties.getProperty("server.servlet.session.cookie.http-only"))
                .isEqualTo("true");
        assertThat(properties.getProperty("server.servlet.session.cookie.secure"))
                .isEqualTo("true");
    }
}
