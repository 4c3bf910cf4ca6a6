package io.escapement.policy;

import io.escapement.policy.PolicyDocument.Block;
import io.escapement.policy.PolicyDocument.Items;
import io.escapement.policy.PolicyDocument.Paragraph;
import io.escapement.policy.PolicyDocument.Section;
import io.escapement.policy.PolicyDocument.Table;
import io.escapement.privacy.Category;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DataMap;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.Purpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the privacy policy from what the code declares (N-4): the data map, the purpose registry
 * and its legal bases, the recipients and SDK registries, the cookie inventory and the operator's
 * contact details. Nothing in it is written by hand per release, so it cannot fall behind the
 * code; {@link PolicyCoverage} proves that it does not.
 *
 * <p>It also says what the code keeps but does not declare field by field: storage in the
 * residency region and separate consent for transfers out of it, face sign-in by passkey
 * with no facial data on the server (C-6), processing without consent only on the listed legal
 * bases (C-9), retention until one month after cancellation with the regret period,
 * the user's rights and how to use them, minors, and how the policy changes (N-1 to N-3).
 *
 * <p>The prose, headings and column names are in {@link PolicyText}'s files, one per language;
 * this class only arranges them around the declarations. Built from explicit inputs, so that a
 * test can generate the policy of any set of declarations.
 */
public final class PrivacyPolicy {

    private final DataMap dataMap;
    private final CookieInventory cookies;
    private final Recipients recipients;
    private final Sdks sdks;
    private final PolicyProperties.Contact contact;

    public PrivacyPolicy(
            DataMap dataMap,
            CookieInventory cookies,
            Recipients recipients,
            Sdks sdks,
            PolicyProperties.Contact contact) {
        this.dataMap = dataMap;
        this.cookies = cookies;
        this.recipients = recipients;
        this.sdks = sdks;
        this.contact = contact;
    }

    /**
     * The policy as it reads for {@code version} in {@code language}.
     *
     * @throws IllegalArgumentException when {@code version} is a draft: only published versions have
     *     dates to state
     */
    public PolicyDocument document(PolicyVersion version, PolicyLanguage language) {
        if (!version.isPublished() || version.publishedAt() == null || version.effectiveAt() == null) {
            throw new IllegalArgumentException("Version " + version.number() + " is a draft; only a published"
                    + " version of the policy has a text.");
        }
        var text = PolicyText.in(language);
        var sections = List.of(
                about(version, text),
                data(text),
                purposes(text),
                withoutConsent(text),
                prose(text, "biometrics", "passkey", "none"),
                cookies(text),
                recipients(text),
                sdks(text),
                storage(text),
                prose(text, "retention", "period", "regret", "legal", "closing"),
                rights(text),
                prose(text, "minors", "consent"),
                changes(text),
                contact(text));
        return new PolicyDocument(
                version.number(),
                language.tag(),
                text.get("title"),
                version.publishedAt(),
                version.effectiveAt(),
                text.of(version.publishedOn()),
                text.of(version.effectiveOn()),
                sections);
    }

    private Section about(PolicyVersion version, PolicyText text) {
        var blocks = new ArrayList<Block>();
        blocks.add(p(text, "about.operator", "company", contact.company()));
        blocks.add(p(text, "about.generated"));
        blocks.add(p(
                text,
                "about.version",
                "version",
                version.number(),
                "published",
                text.of(version.publishedOn()),
                "effective",
                text.of(version.effectiveOn()),
                "summary",
                text.of(version.summary())));
        if (version.isMaterial()) {
            blocks.add(p(text, "about.material"));
            blocks.add(new Items(version.materialChanges().stream()
                    .map(change -> text.of(change.label()))
                    .toList()));
        }
        return section(text, "about", blocks);
    }

    private Section data(PolicyText text) {
        var rows = dataMap.fields().stream()
                .map(field -> List.of(
                        text.of(field.label()),
                        text.of(field.category().label()),
                        text.get(
                                "data.sensitivity",
                                "kind",
                                text.get(field.category().isSensitive() ? "data.sensitive" : "data.general"),
                                "grade",
                                field.category().grade()),
                        labels(field.purposes(), text),
                        field.retention().isZero()
                                ? text.of(Wording.period(field.retention()))
                                : text.get("data.kept-after", "period", text.of(Wording.period(field.retention())))))
                .toList();
        return section(
                text,
                "data",
                List.of(
                        p(text, "data.intro"),
                        new Table("data-map", text.list("data.columns"), rows),
                        p(text, "data.sensitive-data"),
                        p(text, "data.vault")));
    }

    private Section purposes(PolicyText text) {
        var rows = Arrays.stream(Purpose.values())
                .map(purpose -> List.of(
                        text.of(purpose.label()),
                        text.of(purpose.description()),
                        text.of(purpose.legalBasis().label()),
                        text.get(purpose.isRequired() ? "purposes.required" : "purposes.optional"),
                        text.get(purpose.needsSeparateConsent() ? "yes" : "no"),
                        purpose.isRequired() ? text.get("purposes.required-refused") : text.of(purpose.withoutIt())))
                .toList();
        return section(
                text,
                "purposes",
                List.of(p(text, "purposes.intro"), new Table("purposes", text.list("purposes.columns"), rows)));
    }

    private Section withoutConsent(PolicyText text) {
        return section(
                text,
                "without-consent",
                List.of(
                        p(text, "without-consent.intro"),
                        new Items(Arrays.stream(LegalBasis.values())
                                .filter(basis -> basis != LegalBasis.CONSENT)
                                .map(basis -> text.of(basis.label()))
                                .toList())));
    }

    private Section cookies(PolicyText text) {
        var rows = cookies.cookies().stream()
                .map(cookie -> List.of(
                        cookie.name(),
                        text.of(cookie.category().label()),
                        text.of(cookie.purpose()),
                        text.of(Wording.lifetime(cookie.lifetime()))))
                .toList();
        boolean analytics =
                cookies.cookies().stream().anyMatch(cookie -> cookie.category() == CookieCategory.ANALYTICS);
        return section(
                text,
                "cookies",
                List.of(
                        p(text, "cookies.intro"),
                        new Table("cookie-inventory", text.list("cookies.columns"), rows),
                        p(text, analytics ? "cookies.analytics" : "cookies.no-analytics"),
                        p(text, "cookies.clearing")));
    }

    private Section recipients(PolicyText text) {
        var rows = recipients.all().stream()
                .map(recipient -> List.of(
                        text.of(recipient.name()),
                        recipient.company(),
                        text.of(recipient.region().label()),
                        text.of(recipient.kind().label()),
                        labels(recipient.purposes(), text),
                        categories(recipient.categories(), text),
                        text.get(
                                recipients.isCrossBorder(recipient)
                                        ? "recipients.cross-border"
                                        : "recipients.domestic")))
                .toList();
        return section(
                text,
                "recipients",
                List.of(
                        p(text, "recipients.intro"),
                        p(text, "recipients.minimised"),
                        new Table("recipients", text.list("recipients.columns"), rows),
                        p(text, "recipients.transfer")));
    }

    private Section sdks(PolicyText text) {
        var rows = sdks.all().stream()
                .map(sdk -> List.of(
                        text.of(sdk.name()),
                        sdk.company(),
                        labels(sdk.purposes(), text),
                        text.of(sdk.data()),
                        sdk.policy().orElse("—")))
                .toList();
        return section(
                text, "sdks", List.of(p(text, "sdks.intro"), new Table("sdk-list", text.list("sdks.columns"), rows)));
    }

    private Section storage(PolicyText text) {
        var region = text.of(recipients.residency().label());
        var crossBorder = recipients.all().stream()
                .filter(recipients::isCrossBorder)
                .map(recipient -> text.get(
                        "storage.recipient",
                        "name",
                        text.of(recipient.name()),
                        "region",
                        text.of(recipient.region().label())))
                .collect(Collectors.joining(text.get("separator.names")));
        return section(
                text,
                "storage",
                List.of(
                        p(text, "storage.where", "region", region),
                        p(text, "storage.consent", "region", region),
                        crossBorder.isEmpty()
                                ? p(text, "storage.none-abroad", "region", region)
                                : p(text, "storage.abroad", "recipients", crossBorder)));
    }

    private Section rights(PolicyText text) {
        return section(
                text,
                "rights",
                List.of(
                        p(text, "rights.intro"),
                        new Items(text.list("rights.items")),
                        p(
                                text,
                                "rights.how",
                                "email",
                                contact.email(),
                                "phone",
                                contact.phone(),
                                "days",
                                contact.responseDays())));
    }

    private Section changes(PolicyText text) {
        return section(
                text,
                "changes",
                List.of(
                        p(text, "changes.published-first"),
                        p(text, "changes.rights"),
                        p(text, "changes.material"),
                        new Items(Arrays.stream(MaterialChange.values())
                                .map(change -> text.of(change.label()))
                                .toList())));
    }

    private Section contact(PolicyText text) {
        return section(
                text,
                "contact",
                List.of(
                        new Items(text.list(
                                "contact.items",
                                "company",
                                contact.company(),
                                "address",
                                contact.address(),
                                "email",
                                contact.email(),
                                "phone",
                                contact.phone(),
                                "dpo",
                                contact.dpoEmail())),
                        p(text, "contact.answer", "days", contact.responseDays())));
    }

    /** A section of paragraphs only: {@code id.heading}, then {@code id.paragraph} for each name. */
    private static Section prose(PolicyText text, String id, String... paragraphs) {
        return section(
                text,
                id,
                Arrays.stream(paragraphs)
                        .<Block>map(paragraph -> p(text, id + "." + paragraph))
                        .toList());
    }

    private static Section section(PolicyText text, String id, List<Block> blocks) {
        return new Section(id, text.get(id + ".heading"), blocks);
    }

    private static Paragraph p(PolicyText text, String key, Object... namesAndValues) {
        return new Paragraph(text.get(key, namesAndValues));
    }

    private static String labels(Collection<Purpose> purposes, PolicyText text) {
        return purposes.stream()
                .sorted()
                .map(purpose -> text.of(purpose.label()))
                .collect(Collectors.joining(text.get("separator.list")));
    }

    private static String categories(Collection<Category> categories, PolicyText text) {
        return categories.stream()
                .sorted()
                .map(category -> text.of(category.label()))
                .collect(Collectors.joining(text.get("separator.list")));
    }
}
