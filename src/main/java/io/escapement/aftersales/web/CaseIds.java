package io.escapement.aftersales.web;

import io.escapement.aftersales.ReturnCaseId;
import java.util.Optional;
import java.util.regex.Pattern;

/** A case id as a URL writes it: its number, or its reference {@code RC-42}; anything else is no case. */
final class CaseIds {

    private static final Pattern ID = Pattern.compile("(?:RC-)?([1-9][0-9]{0,17})");

    private CaseIds() {}

    static Optional<ReturnCaseId> parse(String text) {
        var matcher = ID.matcher(text);
        return matcher.matches() ? Optional.of(new ReturnCaseId(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }
}
