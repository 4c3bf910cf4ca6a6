package io.escapement.language;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input refused for a reason a person reads. The exception names the message (a key of {@code
 * messages*.properties}) and its arguments, and the page or the API that shows it words it in the
 * reader's language with its {@code MessageSource}. {@link #getMessage()} is the key alone, so a
 * log line carries neither the wording nor the arguments.
 */
public class WordedRefusal extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public WordedRefusal(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }
}
