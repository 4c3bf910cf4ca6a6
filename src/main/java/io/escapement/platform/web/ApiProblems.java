package io.escapement.platform.web;

import io.escapement.language.WordedRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every handler under {@code /api/**}, whatever its annotation: Spring's
 * own errors get messages a client developer can act on, worded by the message bundles in the
 * client's language ({@code Accept-Language}); a parameter that cannot be bound is named in the
 * detail and in the property {@code parameter}; a client's mistake gets its 4xx (logged as one
 * line, see {@link ClientFault}), and anything unexpected becomes a 500 without internals. On pages
 * the same errors go to the error page, as they would without this advice. Modules add advice of
 * higher precedence for their own exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** How much of a rejected value a detail repeats. */
    private static final int ECHOED = 40;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        var detail = mismatch(ex.getValue(), String.valueOf(name), ex.getRequiredType());
        return problem(ex, detail, List.of(String.valueOf(name)), headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors();
        var detail = errors.stream()
                .map(error -> error.isBindingFailure()
                        ? mismatch(error.getRejectedValue(), error.getField(), requiredType(error))
                        : message("problem.invalid", error.getField(), messages.getMessage(error, locale())))
                .collect(Collectors.joining(" "));
        return problem(ex, detail, errors.stream().map(FieldError::getField).toList(), headers, request);
    }

    /** A body that could not be read because it was too large gets 413, not 400 (see {@link RequestBodyLimit}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = ClientFault.status(ex).filter(HttpStatus.CONTENT_TOO_LARGE::equals);
        if (tooLarge.isPresent()) {
            var body = ProblemDetail.forStatusAndDetail(tooLarge.get(), message("status.413.detail"));
            return handleExceptionInternal(ex, body, headers, tooLarge.get(), request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                ex,
                message("problem.missing", ex.getParameterName()),
                List.of(ex.getParameterName()),
                headers,
                request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var results = ex.getParameterValidationResults();
        var detail = results.stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> message(
                                "problem.invalid",
                                result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale()))))
                .collect(Collectors.joining(" "));
        var names = results.stream()
                .map(result -> String.valueOf(result.getMethodParameter().getParameterName()))
                .toList();
        return problem(ex, detail, names, headers, request);
    }

    /** Every answer gets its title from the bundles; on a page, the error page answers instead. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var servlet = ((ServletWebRequest) request);
        if (!Refusal.isApi(servlet.getRequest())) {
            try {
                if (servlet.getResponse() != null && !servlet.getResponse().isCommitted()) {
                    servlet.getResponse().sendError(statusCode.value());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        var answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            problem.setTitle(
                    messages.getMessage("status." + statusCode.value() + ".title", null, problem.getTitle(), locale()));
        }
        return answer;
    }

    /** A refusal worded by the bundles: its status (400, 404 or 409), worded in the client's language. */
    @ExceptionHandler(WordedRefusal.class)
    ProblemDetail refused(WordedRefusal refusal, HttpServletRequest request) {
        if (!Refusal.isApi(request)) {
            throw refusal;
        }
        ClientFault.log(request, refusal.status(), refusal);
        return refusal.asProblem(refusal.status(), messages, locale());
    }

    @ExceptionHandler(Exception.class)
    @Nullable
    ProblemDetail unexpected(Exception ex, HttpServletRequest request) throws Exception {
        if (!Refusal.isApi(request) || ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            // pages have the error page; Spring Security answers its own
            throw ex;
        }
        var clientFault = ClientFault.status(ex);
        var status = clientFault.orElse(HttpStatus.INTERNAL_SERVER_ERROR);
        if (clientFault.isPresent()) {
            ClientFault.log(request, status, ex);
        } else {
            log.error("Unexpected error in an API call", ex);
        }
        var problem = ProblemDetail.forStatusAndDetail(status, message("status." + status.value() + ".detail"));
        problem.setTitle(message("status." + status.value() + ".title"));
        return problem;
    }

    private ResponseEntity<Object> problem(
            Exception ex, String detail, List<String> parameters, HttpHeaders headers, WebRequest request) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setProperty("parameter", String.join(",", parameters));
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private String mismatch(@Nullable Object value, String name, @Nullable Class<?> type) {
        var text = String.valueOf(value);
        var echoed = text.length() > ECHOED ? text.substring(0, ECHOED) + "…" : text;
        return message("problem.typeMismatch", echoed, name, expected(type));
    }

    private String message(String code, @Nullable Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The type a parameter should have had, looking inside collections for their element type. */
    private static @Nullable Class<?> requiredType(FieldError error) {
        if (!error.contains(TypeMismatchException.class)) {
            return null;
        }
        var mismatch = error.unwrap(TypeMismatchException.class);
        for (Throwable cause = mismatch; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException failed) {
                var element = failed.getTargetType().getElementTypeDescriptor();
                return element != null
                        ? element.getType()
                        : failed.getTargetType().getType();
            }
        }
        return mismatch.getRequiredType();
    }

    private String expected(@Nullable Class<?> type) {
        if (type == null) {
            return message("problem.expected.other");
        }
        if (type.isEnum()) {
            return message(
                    "problem.expected.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return message("problem.expected.wholeNumber");
        }
        if (Number.class.isAssignableFrom(type)) {
            return message("problem.expected.number");
        }
        return message("problem.expected.other");
    }
}
