package io.escapement.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error the application sends ({@code sendError}, an uncaught exception) lands, in place
 * of Spring Boot's: problem+json for {@code /api/**}, the shop's error page ({@code error.html}) for
 * everything else whatever the client accepts, both in the visitor's language.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Refusal refusal;

    ErrorPages(Refusal refusal) {
        this.refusal = refusal;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .startsWith("/api/")) {
            refusal.problem(request, response, status, "status." + status.value() + ".detail");
            return null;
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
