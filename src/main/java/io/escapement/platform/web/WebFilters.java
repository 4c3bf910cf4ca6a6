package io.escapement.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The servlet filters every request passes before Spring Security: client faults told from server
 * faults (outermost), body limits, and the lifetime of the session (just inside Spring Session's
 * filter, so that the session it adjusts is the one Spring Session saves).
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<ClientFault> clientFaults() {
        var registration = new FilterRegistrationBean<>(new ClientFault());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebLimits limits, MultipartProperties multipart) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(limits.maxBody(), limits.maxFormBody(), multipart.getMaxRequestSize()));
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
