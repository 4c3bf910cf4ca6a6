package io.escapement.privacy.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Logback's extended stack trace with personal information masked as {@link MaskingMessageConverter}
 * masks it, in exception messages and anywhere else in the trace. It stands in for Spring Boot's
 * {@code %wEx} and {@code %wex}, so, like them, it sets the trace apart with a line break before
 * and after.
 */
public class MaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return CoreConstants.LINE_SEPARATOR
                + MaskingMessageConverter.mask(super.throwableProxyToString(throwable))
                + CoreConstants.LINE_SEPARATOR;
    }
}
