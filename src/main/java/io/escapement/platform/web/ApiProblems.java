package io.escapement.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every REST controller: Spring's own errors get messages a client
 * developer can act on, a client's mistake its 4xx (logged as one line, see {@link ClientFault}), and
 * anything unexpected becomes a 500 without internals. Modules add
 * advice of higher precedence for their own exceptions.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        var detail = "'" + ex.getValue() + "' is not a valid value for '" + name + "': expected "
                + expected(ex.getRequiredType()) + ".";
        return problem(ex, HttpStatus.BAD_REQUEST, detail, headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.isBindingFailure()
                        ? "'" + error.getRejectedValue() + "' is not a valid value for '" + error.getField()
                                + "': expected " + expected(requiredType(error)) + "."
                        : "'" + error.getField() + "' " + error.getDefaultMessage() + ".")
                .collect(Collectors.joining(" "));
        return problem(ex, HttpStatus.BAD_REQUEST, detail, headers, request);
    }

    /** A body that could not be read because it was too large gets 413, not 400 (see {@link RequestBodyLimit}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = ClientFault.status(ex).filter(HttpStatus.CONTENT_TOO_LARGE::equals);
        if (tooLarge.isPresent()) {
            return problem(ex, tooLarge.get(), "The request body is too large.", headers, request);
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
                HttpStatus.BAD_REQUEST,
                "The parameter '" + ex.getParameterName() + "' is required.",
                headers,
                request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var detail = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> "'" + result.getMethodParameter().getParameterName() + "' "
                                + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return problem(ex, HttpStatus.BAD_REQUEST, detail + ".", headers, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
        var clientFault = ClientFault.status(ex);
        if (clientFault.isPresent()) {
            ClientFault.log(request, clientFault.get(), ex);
            return ProblemDetail.forStatusAndDetail(
                    clientFault.get(), clientFault.get().getReasonPhrase() + ".");
        }
        log.error("Unexpected error in an API call", ex);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later.");
    }

    private ResponseEntity<Object> problem(
            Exception ex, HttpStatus status, String detail, HttpHeaders headers, WebRequest request) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(ex, body, headers, status, request);
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

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }
}
