package io.escapement.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Puts {@link Valve} in the place of Tomcat's error report valve (and of the one Spring Boot
 * adds), so that a request Tomcat refuses before the application sees it (an encoded NUL or slash
 * in the path, an unparseable request line) is answered like every other refusal: problem+json on
 * {@code /api/**}, a short page in the visitor's language elsewhere, never Tomcat's English report.
 */
final class TomcatRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Refusal refusal;

    TomcatRefusals(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new Valve(refusal));
            // the host adds a valve of this class unless it finds one
            host.setErrorReportValveClass(Valve.class.getName());
        });
    }

    /** After Spring Boot's own customizer, which adds an error report valve of its own. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes the refusal instead of Tomcat's report. */
    static final class Valve extends ErrorReportValve {

        private final Refusal refusal;

        Valve(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var status = HttpStatus.resolve(code);
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            try {
                var api = Refusal.isApi(request);
                var body = api
                        ? refusal.problemJson(request, status, "status." + code + ".detail")
                        : refusal.page(request, status);
                response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException clientGone) {
                // nothing more can be said to this client
            }
        }
    }
}
