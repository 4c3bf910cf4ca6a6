package io.escapement.catalog;

import org.springframework.context.MessageSourceResolvable;

/**
 * A listing query that cannot be answered. It names the message that says what to change (a key
 * of {@code messages*.properties}) and its arguments, so that each buyer reads it in their own
 * language; {@link #getMessage()} is the key.
 */
public class InvalidListingQuery extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public InvalidListingQuery(String code, Object... arguments) {
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
