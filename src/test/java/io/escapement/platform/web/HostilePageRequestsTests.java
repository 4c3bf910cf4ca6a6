package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET page handler Spring MVC knows, sent blank, unknown, over-long, negative and non-numeric
 * values of each of its request parameters and path variables (and of the fields of a query object
 * it binds). None gets a 5xx; a refusal is a page (never Tomcat's report or JSON) that says what
 * went wrong (its problem notice, or its heading), in Chinese by default and in English with
 * {@code ?lang=en}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
class HostilePageRequestsTests {

    private static final List<String> VALUES =
            List.of("", "%20", "unknown-value", "x".repeat(1000), "-1", "not-a-number", "1e309", "%00");

    private static final Pattern NOTICE = Pattern.compile("class=\"notice(?: error)?\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Page(String pattern, Set<String> parameters, Set<String> pathVariables) {}

    @Test
    void answersEveryPageParameterWithoutAServerErrorAndWithAReadablePage() throws Exception {
        var soft = new SoftAssertions();
        int sent = 0;
        for (var page : pages()) {
            for (var parameter : page.parameters()) {
                for (var value : VALUES) {
                    sent += check(soft, concrete(page.pattern(), null, null) + "?" + parameter + "=" + value, value);
                }
            }
            for (var variable : page.pathVariables()) {
                for (var value : VALUES) {
                    sent += check(soft, concrete(page.pattern(), variable, value), value);
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        soft.assertAll();
    }

    /** Sends the target in Chinese, and the non-numeric value also in English; returns how many were sent. */
    private int check(SoftAssertions soft, String target, String value) throws Exception {
        check(soft, target, Locale.SIMPLIFIED_CHINESE);
        if (!"not-a-number".equals(value)) {
            return 1;
        }
        check(soft, target + (target.contains("?") ? "&" : "?") + "lang=en", Locale.ENGLISH);
        return 2;
    }

    private void check(SoftAssertions soft, String target, Locale locale) throws Exception {
        var response = RawHttp.get(port, target, "");
        var what = "GET " + target.substring(0, Math.min(target.length(), 120)) + " " + response.status();
        soft.assertThat(response.status()).as(what).isLessThan(500);
        if (response.status() < 400) {
            return;
        }
        soft.assertThat(response.header("Content-Type")).as(what).startsWith("text/html");
        soft.assertThat(response.body()).as(what).doesNotContain("HTTP Status").doesNotContain("Whitelabel");
        var message = message(response.body());
        soft.assertThat(message).as(what + " shows what went wrong").isNotBlank();
        soft.assertThat(CHINESE.matcher(message).find())
                .as(what + " says \"" + message + "\" in " + locale)
                .isEqualTo(locale == Locale.SIMPLIFIED_CHINESE);
    }

    /** The page's problem notice, or else its heading, without markup. */
    private static String message(String html) {
        for (var element : List.of(NOTICE, HEADING)) {
            var found = element.matcher(html);
            if (found.find()) {
                return found.group(1).replaceAll("<[^>]*>", "").strip();
            }
        }
        return "";
    }

    /** Every GET handler outside the API with the parameters it binds. */
    private List<Page> pages() {
        var pages = new ArrayList<Page>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (var pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/error") || pattern.contains("*")) {
                    continue;
                }
                pages.add(new Page(pattern, bound(handler, RequestParam.class), bound(handler, PathVariable.class)));
            }
        });
        return pages;
    }

    /** The names of the parameters bound with {@code kind}, and the fields of a query record bound from parameters. */
    private static Set<String> bound(HandlerMethod handler, Class<? extends Annotation> kind) {
        var names = new LinkedHashSet<String>();
        for (var parameter : handler.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(kind);
            if (annotation != null) {
                names.add(name(String.valueOf(AnnotationUtils.getValue(annotation, "name")), parameter));
            }
            var type = parameter.getParameterType();
            if (kind == RequestParam.class
                    && parameter.hasParameterAnnotation(ModelAttribute.class)
                    && type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    private static String name(String declared, MethodParameter parameter) {
        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }

    /** The pattern with {@code value} for {@code variable} and 1 for every other variable. */
    private static String concrete(String pattern, String variable, String value) {
        var target = pattern;
        if (variable != null) {
            target =
                    target.replaceAll("\\{" + variable + "(:[^/]*)?}", java.util.regex.Matcher.quoteReplacement(value));
        }
        return target.replaceAll("\\{[^/]+}", "1");
    }
}
