package io.escapement.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The servlet filters every request passes before Spring Security: client faults told from server
 * faults (outermost), body limits, and the lifetime of the session (just inside Spring Session's
 * filter, so that the session it adjusts is the one Spring Session saves).
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    Refusal refusal(MessageSource messages, LocaleResolver locales) {
        return new Refusal(messages, locales);
    }

    @Bean
    TomcatRefusals tomcatRefusals(Refusal refusal) {
        return new TomcatRefusals(refusal);
    }

    @Bean
    FilterRegistrationBean<ClientFault> clientFaults(Refusal refusal) {
        var registration = new FilterRegistrationBean<>(new ClientFault(refusal));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            Refusal refusal, WebLimits limits, MultipartProperties multipart) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(refusal, limits.maxBody(), limits.maxFormBody(), multipart.getMaxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetime(
            WebLimits limits, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        var registration = new FilterRegistrationBean<>(new SessionLifetime(limits.anonymousSessionTimeout(), timeout));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
