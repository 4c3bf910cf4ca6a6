package io.escapement.privacy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingMessageConverterTests {

    private static final LoggerContext CONTEXT = new LoggerContext();
    private static final String NEW_LINE = System.lineSeparator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Code sent to 13812345678|Code sent to 138****5678",
                "Code sent to +8613812345678|Code sent to 138****5678",
                "Code sent to +86 138 1234 5678.|Code sent to 138****5678.",
                "Code sent to 008613812345678|Code sent to 138****5678",
                "Code sent to 138-1234-5678|Code sent to 138****5678",
                "手机号13812345678，请查收|手机号138****5678，请查收",
                "phone=13812345678&code=1234|phone=138****5678&code=1234",
                "Outcome 11010519491231002X|Outcome 110***********002X",
                "Outcome 11010519491231002x.|Outcome 110***********002X.",
                "Welcome zhang.san@escapement.cn!|Welcome z***@escapement.cn!",
                "user='Zhang.San@Escapement.CN'|user='Z***@escapement.cn'",
                "Reply to 13812345678@163.com|Reply to 1***@163.com",
                "Paid with 4111111111111111|Paid with ****1111",
                "Paid with 6205500000000000004|Paid with ****0004",
                "Paid with 622202020011223349|Paid with ****3349",
                "Buyer 13812345678 <zhang@escapement.cn> paid with 4111111111111111|"
                        + "Buyer 138****5678 <z***@escapement.cn> paid with ****1111"
            })
    void masksPersonalDataAsItsTypeDoes(String message, String masked) {
        assertThat(converted(message)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Outcome 110105194912310021|Outcome ******************",
                "Paid with 4111111111111112|Paid with ****************",
                "Wrote to zhang..san@escapement.cn|Wrote to ************************"
            })
    void hidesLookalikesThatFailValidationEntirely(String message, String masked) {
        assertThat(converted(message)).isEqualTo(masked);
    }

    /** Text a client sent that a log line quotes escaped: UTF-8 outside ASCII may be a name. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Invalid character found in the request target [/0xe50xbc0xa00xe40xbc0x9f13812345678]|"
                        + "Invalid character found in the request target [/************************138****5678]",
                "Invalid character found in the request target [/0xE50xBC0xA0]|"
                        + "Invalid character found in the request target [/************]",
                "GET /watches?q=%E5%BC%A0%E4%BC%9F13812345678|GET /watches?q=******************138****5678",
                "GET /watches?q=%e5%bc%a0 HTTP/1.1|GET /watches?q=********* HTTP/1.1"
            })
    void masksEscapedTextOutsideAsciiEntirely(String message, String masked) {
        assertThat(converted(message)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /watches?q=rolex%20submariner%2C",
                "Header 0x20 0x7f seen",
                "Listing 4711 saved in 12 ms",
                "Order 20240101123456789012345 placed",
                "Trace 4bf92f3577b34da6a3ce929d0e0e4736",
                "Listing 123e4567-e89b-12d3-a456-426614174000 withdrawn",
                "Merchant m13812345678 registered",
                "Outcome 11010519491231002Y1",
                "Reference 1381234567 and 12812345678 are not mobile numbers",
                "Timestamp 1718000000000",
                "Nothing personal here"
            })
    void returnsTheSameMessageWhenThereIsNothingToMask(String message) {
        var event = event(message, null);

        assertThat(new MaskingMessageConverter().convert(event)).isSameAs(event.getFormattedMessage());
    }

    @Test
    void masksTheFormattedMessageNotJustThePattern() {
        var event = new LoggingEvent(
                Logger.class.getName(),
                CONTEXT.getLogger("test"),
                Level.INFO,
                "Code sent to {} for {}",
                null,
                new Object[] {"13812345678", "zhang@escapement.cn"});

        assertThat(new MaskingMessageConverter().convert(event))
                .isEqualTo("Code sent to 138****5678 for z***@escapement.cn");
    }

    @Test
    void masksStackTraces() {
        var converter = new MaskingThrowableConverter();
        converter.setContext(CONTEXT);
        converter.start();
        var failure = new IllegalStateException(
                "Could not register 13812345678", new IllegalArgumentException("Duplicate zhang@escapement.cn"));

        var trace = converter.convert(event("Registration failed", failure));

        assertThat(trace)
                .startsWith(NEW_LINE + "java.lang.IllegalStateException: Could not register 138****5678" + NEW_LINE)
                .contains("Caused by: java.lang.IllegalArgumentException: Duplicate z***@escapement.cn")
                .contains("at io.escapement.privacy.logging.MaskingMessageConverterTests.masksStackTraces")
                .endsWith(NEW_LINE)
                .doesNotContain("13812345678", "zhang@");
    }

    @Test
    void writesNoStackTraceWithoutAnException() {
        var converter = new MaskingThrowableConverter();
        converter.setContext(CONTEXT);
        converter.start();

        assertThat(converter.convert(event("Registered", null))).isEmpty();
    }

    @Test
    void masksTheConsoleLogConfiguredForSpringBoot() throws JoranException {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(MaskingMessageConverterTests.class.getResource("/logback-spring.xml"));
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
        var layout = ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout();
        var event = new LoggingEvent(
                Logger.class.getName(),
                context.getLogger("io.escapement.account"),
                Level.WARN,
                "Could not send a code to {}",
                new IllegalStateException("Mailbox zhang@escapement.cn is full"),
                new Object[] {"13812345678"});

        var line = layout.doLayout(event);

        assertThat(line)
                .contains("Could not send a code to 138****5678" + NEW_LINE)
                .contains("java.lang.IllegalStateException: Mailbox z***@escapement.cn is full")
                .doesNotContain("13812345678", "zhang@");
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(status -> status.getLevel() > Status.INFO)
                .extracting(Status::getMessage)
                .isEmpty();
    }

    private static String converted(String message) {
        return new MaskingMessageConverter().convert(event(message, null));
    }

    private static LoggingEvent event(String message, @Nullable Throwable failure) {
        return new LoggingEvent(Logger.class.getName(), CONTEXT.getLogger("test"), Level.INFO, message, failure, null);
    }
}
