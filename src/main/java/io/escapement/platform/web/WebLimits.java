package io.escapement.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one request may hold and how long a visitor's session lasts.
 *
 * @param maxBody the largest request body other than a form or an upload (JSON above all)
 * @param maxFormBody the largest form post ({@code application/x-www-form-urlencoded}); uploads
 *     ({@code multipart/*}) are limited by {@code spring.servlet.multipart.max-request-size}
 * @param anonymousSessionTimeout how long a session lasts unused while nobody is signed in to it;
 *     once someone signs in it lasts {@code server.servlet.session.timeout}
 */
@ConfigurationProperties("escapement.web")
public record WebLimits(DataSize maxBody, DataSize maxFormBody, Duration anonymousSessionTimeout) {

    public WebLimits {
        maxBody = maxBody == null ? DataSize.ofKilobytes(256) : maxBody;
        maxFormBody = maxFormBody == null ? DataSize.ofKilobytes(64) : maxFormBody;
        anonymousSessionTimeout = anonymousSessionTimeout == null ? Duration.ofMinutes(5) : anonymousSessionTimeout;
    }
}
