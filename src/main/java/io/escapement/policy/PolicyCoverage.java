package io.escapement.policy;

import io.escapement.privacy.DataMap;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.Purpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The drift check of N-4: what the code declares that a policy document does not show. Checked
 * independently of {@link PrivacyPolicy}, against the units of text a reader sees (a paragraph, a
 * list item, a table row), so that a generator that drops a declaration is caught.
 *
 * <p>A declared field must appear as one unit naming both its key and its category; a purpose and a
 * legal basis by their names; a recipient and an SDK by name and company in one unit; a cookie by
 * its name.
 */
public final class PolicyCoverage {

    private final DataMap dataMap;
    private final CookieInventory cookies;
    private final Recipients recipients;
    private final Sdks sdks;

    public PolicyCoverage(DataMap dataMap, CookieInventory cookies, Recipients recipients, Sdks sdks) {
        this.dataMap = dataMap;
        this.cookies = cookies;
        this.recipients = recipients;
        this.sdks = sdks;
    }

    /** What {@code document} leaves out, one line each; empty when it shows everything. */
    public List<String> omissions(PolicyDocument document) {
        var locale = PolicyLanguage.ofTag(document.language())
                .orElseThrow(() -> new IllegalArgumentException("Unknown language " + document.language()))
                .locale();
        var units = document.units();
        var missing = new ArrayList<String>();
        for (var field : dataMap.fields()) {
            var label = field.label().in(locale);
            if (!anyUnit(units, label, field.category().label().in(locale))) {
                missing.add("personal-data field " + field.key() + " (" + label + ", "
                        + field.category().label().in(locale) + ")");
            }
        }
        for (var purpose : Purpose.values()) {
            if (!anyUnit(units, purpose.label().in(locale))) {
                missing.add("purpose " + purpose + " (" + purpose.label().in(locale) + ")");
            }
        }
        Arrays.stream(LegalBasis.values())
                .filter(basis -> !anyUnit(units, basis.label().in(locale)))
                .forEach(basis -> missing.add(
                        "legal basis " + basis + " (" + basis.label().in(locale) + ")"));
        for (var recipient : recipients.all()) {
            if (!anyUnit(units, recipient.name().in(locale), recipient.company())) {
                missing.add(
                        "recipient " + recipient.id() + " (" + recipient.name().in(locale) + ")");
            }
        }
        for (var sdk : sdks.all()) {
            if (!anyUnit(units, sdk.name().in(locale), sdk.company())) {
                missing.add("SDK " + sdk.id() + " (" + sdk.name().in(locale) + ")");
            }
        }
        for (var cookie : cookies.cookies()) {
            if (!anyUnit(units, cookie.name())) {
                missing.add("cookie " + cookie.name() + " declared by " + cookie.declaredBy());
            }
        }
        return missing;
    }

    private static boolean anyUnit(List<String> units, String... parts) {
        return units.stream().anyMatch(unit -> Arrays.stream(parts).allMatch(unit::contains));
    }
}
