package io.escapement.language;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Input refused for a reason a person reads. The exception names the message (a key of {@code
 * messages*.properties}) and its arguments, and the page or the API that shows it words it in the
 * reader's language with {@link #wordedIn} and answers it with its {@link #status()}; an argument that is {@link Localized} (a purpose's
 * name, say) is given in that language too. {@link #getMessage()} is the key alone, so a log line
 * carries neither the wording nor the arguments.
 */
public class WordedRefusal extends IllegalArgumentException {

    private final HttpStatus status;
    private final String code;
    private final Object[] arguments;

    /** A refusal of bad input: 400. */
    public WordedRefusal(String code, Object... arguments) {
        this(HttpStatus.BAD_REQUEST, code, arguments);
    }

    /** A refusal answered with {@code status}: 404 for what the reader may not see, 409 for a conflict. */
    public WordedRefusal(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The HTTP status the API answers it with, and a page's status. */
    public HttpStatus status() {
        return status;
    }

    /** The message key. */
    public String code() {
        return code;
    }

    /** The message's arguments, as given. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The refusal as a reader in {@code locale} reads it. */
    public String wordedIn(MessageSource messages, Locale locale) {
        var worded = Arrays.stream(arguments)
                .map(argument -> argument instanceof Localized text ? text.in(locale) : argument)
                .toArray();
        return messages.getMessage(code, worded, locale);
    }

    /** The refusal as an RFC 9457 problem with {@code status}, titled and worded for {@code locale}. */
    public ProblemDetail asProblem(HttpStatus status, MessageSource messages, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, wordedIn(messages, locale));
        problem.setTitle(messages.getMessage("status." + status.value() + ".title", null, locale));
        return problem;
    }
}
