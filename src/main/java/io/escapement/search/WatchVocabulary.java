package io.escapement.search;

import io.escapement.catalog.Brand;
import io.escapement.catalog.WatchReference;
import io.escapement.search.Suggestion.Kind;
import io.escapement.search.spi.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The words collectors use, taken from the catalog's reference data: brand names and aliases
 * (劳力士 / Rolex / 劳, 百达翡丽 / Patek Philippe / PP), family and model names, nicknames (绿水鬼,
 * Pepsi) and reference numbers. It recognises them in a query, whatever the spelling of a
 * reference number ({@code 126610LN}, {@code 126610 LN}, {@code 126610-ln}, bare {@code 126610}),
 * and suggests them as a buyer types. Chinese names are also known by their pinyin: initials
 * ({@code lsg} for 绿水鬼, {@code lls} for 劳力士) and full spelling ({@code lvshuigui}), which
 * never override a Latin name ({@code PP} stays Patek Philippe). Each phrase also keeps the
 * catalogue's name for it, so a query can be told apart from free text ({@link #terms}).
 */
final class WatchVocabulary implements Vocabulary {

    /** A query split into recognised concepts and the rest, which is searched as free text. */
    record Understood(List<Concept> concepts, String remainder) {}

    /** A recognised phrase with the catalogue's name for it, or free text when {@code concept} is null. */
    private record Piece(@Nullable Concept concept, String text) {}

    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{IsLatin}\\p{Nd}]+");
    /** What Chinese family names add to the name people say: 潜航者型, 海马系列, 皇家橡树离岸型系列. */
    private static final Pattern FAMILY_SUFFIX = Pattern.compile("型|系列");

    private static final int LONGEST_JOIN = 8;
    private static final int MIN_REFERENCE_PREFIX = 3;
    private static final int SUGGESTIONS_SCANNED = 400;
    /** Shorter initials ({@code hm} for 海马) are too easily a word or a reference suffix. */
    private static final int MIN_INITIALS_PHRASE = 3;

    private final Map<String, Concept> phrases = new HashMap<>();
    /** The catalogue's name of each phrase: the first name registered under its key. */
    private final Map<String, String> names = new HashMap<>();

    private final TreeMap<String, Long> referenceKeys = new TreeMap<>();
    private final Map<Long, String> referenceNumbers = new HashMap<>();
    private final TreeMap<String, List<Suggestion>> suggestions = new TreeMap<>();
    private final Map<String, Concept> pinyinPhrases = new HashMap<>();
    private final Map<String, String> pinyinNames = new HashMap<>();
    private final TreeMap<String, List<Suggestion>> pinyinSuggestions = new TreeMap<>();
    private int longestHanPhrase = 1;

    WatchVocabulary(List<Brand> brands, List<WatchReference> references) {
        for (var brand : brands) {
            var concept = Concept.brand(brand.slug());
            for (var name : names(brand.nameZh(), brand.nameEn(), brand.aliases())) {
                phrase(
                        name,
                        concept,
                        name.codePoints().anyMatch(WatchVocabulary::han) ? brand.nameZh() : brand.nameEn());
                suggest(name, new Suggestion(name, Kind.BRAND, brand.slug()));
            }
        }
        var families = new HashMap<String, Set<Long>>();
        var models = new HashMap<String, Set<Long>>();
        var nicknames = new HashMap<String, Set<Long>>();
        var brandOf = new HashMap<String, String>();
        var shortFamilies = new HashMap<String, Set<Long>>();
        var fullFamilies = new HashMap<String, String>();
        for (var reference : references) {
            var id = Set.of(reference.id().value());
            referenceKeys.put(
                    WatchReference.key(reference.referenceNumber()),
                    reference.id().value());
            referenceNumbers.put(reference.id().value(), reference.referenceNumber());
            phrase(reference.referenceNumber(), Concept.references(id), reference.referenceNumber());
            suggest(
                    WatchReference.key(reference.referenceNumber()),
                    new Suggestion(reference.referenceNumber(), Kind.REFERENCE, reference.brandSlug()));
            for (var name : List.of(reference.familyNameZh(), reference.familyNameEn())) {
                collect(families, brandOf, name, reference);
            }
            var shortFamily = withoutSuffix(reference.familyNameZh());
            if (!shortFamily.equals(reference.familyNameZh())) {
                collect(shortFamilies, fullFamilies, shortFamily, reference.id().value(), reference.familyNameZh());
            }
            for (var name : List.of(reference.nameZh(), reference.nameEn())) {
                collect(models, brandOf, name, reference);
            }
            for (var name : names(null, null, reference.nicknamesZh(), reference.nicknamesEn())) {
                collect(nicknames, brandOf, name, reference);
            }
        }
        register(families, brandOf, Kind.MODEL);
        register(models, brandOf, Kind.MODEL);
        register(nicknames, brandOf, Kind.NICKNAME);
        shortFamilies.forEach((name, ids) -> phrase(name, Concept.references(ids), fullFamilies.get(name)));
        pinyinPhrases.forEach(phrases::putIfAbsent);
        pinyinNames.forEach(names::putIfAbsent);
    }

    private static void collect(
            Map<String, Set<Long>> into, Map<String, String> brandOf, String name, WatchReference reference) {
        collect(into, brandOf, name, reference.id().value(), reference.brandSlug());
    }

    private static void collect(
            Map<String, Set<Long>> into, Map<String, String> attribute, String name, long id, String value) {
        into.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(id);
        attribute.putIfAbsent(name, value);
    }

    /**
     * A family's Chinese name as people say it, without 型 or 系列 (潜航者 for 潜航者型, 探险家II for
     * 探险家型II); the name itself when that would leave less than two characters. It is understood
     * as the family, named by its full name, and never suggested: the full name is.
     */
    static String withoutSuffix(String familyName) {
        var name = FAMILY_SUFFIX.matcher(familyName).replaceAll("").strip();
        return name.codePointCount(0, name.length()) >= 2 ? name : familyName;
    }

    private void register(Map<String, Set<Long>> names, Map<String, String> brandOf, Kind kind) {
        names.forEach((name, ids) -> {
            phrase(name, Concept.references(ids), name);
            suggest(name, new Suggestion(name, kind, brandOf.get(name)));
        });
    }

    @SafeVarargs
    private static List<String> names(String zh, String en, List<String>... more) {
        var all = new ArrayList<String>();
        if (zh != null) {
            all.add(zh);
        }
        if (en != null) {
            all.add(en);
        }
        for (var list : more) {
            all.addAll(list);
        }
        return all;
    }

    private void phrase(String name, Concept concept, String catalogueName) {
        var key = phraseKey(name);
        if (!key.isEmpty()) {
            phrases.merge(key, concept, Concept::or);
            names.putIfAbsent(key, catalogueName);
            if (key.codePoints().allMatch(WatchVocabulary::han)) {
                longestHanPhrase = Math.max(longestHanPhrase, key.length());
            }
            var pinyin = pinyin(key);
            var known = names.get(key);
            pinyin.initials().stream()
                    .filter(initials -> initials.length() >= MIN_INITIALS_PHRASE)
                    .forEach(initials -> pinyinPhrase(initials, concept, known));
            pinyin.full().forEach(spelling -> pinyinPhrase(spelling, concept, known));
        }
    }

    private void pinyinPhrase(String spelling, Concept concept, String name) {
        pinyinPhrases.merge(spelling, concept, Concept::or);
        pinyinNames.putIfAbsent(spelling, name);
    }

    private void suggest(String name, Suggestion suggestion) {
        var key = compact(name);
        if (!key.isEmpty()) {
            offer(suggestions, key, suggestion);
            var pinyin = pinyin(key);
            for (var spelling : pinyin.initials()) {
                offer(pinyinSuggestions, spelling, suggestion);
            }
            for (var spelling : pinyin.full()) {
                offer(pinyinSuggestions, spelling, suggestion);
            }
        }
    }

    /** One character alone (劳) is too ambiguous to be spelled. */
    private static Pinyin.Spellings pinyin(String name) {
        return name.codePointCount(0, name.length()) > 1 ? Pinyin.of(name) : Pinyin.Spellings.NONE;
    }

    private static void offer(Map<String, List<Suggestion>> into, String key, Suggestion suggestion) {
        var list = into.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(s -> s.text().equals(suggestion.text()))) {
            list.add(suggestion);
        }
    }

    /** Recognises brands, models, nicknames and reference numbers; the rest stays free text. */
    Understood understand(String query) {
        var concepts = new ArrayList<Concept>();
        var rest = new ArrayList<String>();
        for (var piece : pieces(query)) {
            if (piece.concept() == null) {
                rest.add(piece.text());
            } else {
                concepts.add(piece.concept());
            }
        }
        return new Understood(concepts, String.join(" ", rest));
    }

    @Override
    public Optional<List<String>> terms(String query) {
        var pieces = pieces(query);
        if (pieces.isEmpty() || pieces.stream().anyMatch(piece -> piece.concept() == null)) {
            return Optional.empty();
        }
        return Optional.of(
                List.copyOf(pieces.stream().map(Piece::text).collect(Collectors.toCollection(LinkedHashSet::new))));
    }

    private List<Piece> pieces(String query) {
        var tokens = tokens(query);
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < tokens.size(); ) {
            var token = tokens.get(i);
            if (han(token.codePointAt(0))) {
                hanRun(token, pieces);
                i++;
            } else {
                i += latinPhrase(tokens, i, pieces);
            }
        }
        return pieces;
    }

    /** Longest Latin phrase or reference number starting at token {@code from}, or the token as free text; tokens used. */
    private int latinPhrase(List<String> tokens, int from, List<Piece> pieces) {
        int last = Math.min(tokens.size(), from + LONGEST_JOIN);
        for (int to = last; to > from; to--) {
            var words = tokens.subList(from, to);
            if (words.stream().anyMatch(word -> han(word.codePointAt(0)))) {
                continue;
            }
            var key = String.join(" ", words);
            var reference = referenceKeys.get(String.join("", words).toUpperCase(Locale.ROOT));
            if (reference != null) {
                pieces.add(new Piece(Concept.references(Set.of(reference)), referenceNumbers.get(reference)));
                return to - from;
            }
            var concept = phrases.get(key);
            if (concept != null) {
                pieces.add(new Piece(concept, names.get(key)));
                return to - from;
            }
        }
        var token = tokens.get(from);
        var prefixed = referencesStartingWith(token.toUpperCase(Locale.ROOT));
        pieces.add(new Piece(prefixed.isEmpty() ? null : Concept.references(prefixed), token));
        return 1;
    }

    /** A bare number such as {@code 126610} means every reference it starts. */
    private Set<Long> referencesStartingWith(String token) {
        if (token.length() < MIN_REFERENCE_PREFIX || !Character.isDigit(token.charAt(0))) {
            return Set.of();
        }
        return Set.copyOf(
                referenceKeys.subMap(token, token + Character.MAX_VALUE).values());
    }

    /** The longest phrases of a run of Chinese characters; characters between them are free text. */
    private void hanRun(String run, List<Piece> pieces) {
        int at = 0;
        int free = 0;
        while (at < run.length()) {
            int found = 0;
            for (int length = Math.min(longestHanPhrase, run.length() - at); length > 0; length--) {
                var phrase = run.substring(at, at + length);
                var concept = phrases.get(phrase);
                if (concept != null) {
                    freeText(run, free, at, pieces);
                    pieces.add(new Piece(concept, names.get(phrase)));
                    found = length;
                    break;
                }
            }
            if (found == 0) {
                at++;
            } else {
                at += found;
                free = at;
            }
        }
        freeText(run, free, at, pieces);
    }

    private static void freeText(String run, int from, int to, List<Piece> pieces) {
        if (from < to) {
            pieces.add(new Piece(null, run.substring(from, to)));
        }
    }

    /**
     * Up to {@code limit} suggestions for what a buyer has typed so far: names starting with it,
     * brands first, then names whose pinyin starts with it.
     */
    List<Suggestion> suggest(String typed, int limit) {
        var prefix = compact(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        var found = new LinkedHashMap<String, Suggestion>();
        for (var names : List.of(suggestions, pinyinSuggestions)) {
            startingWith(names, prefix).forEach(suggestion -> found.putIfAbsent(suggestion.text(), suggestion));
            if (found.size() >= limit) {
                break;
            }
        }
        return found.values().stream().limit(limit).toList();
    }

    private static List<Suggestion> startingWith(TreeMap<String, List<Suggestion>> names, String prefix) {
        var found = new ArrayList<Suggestion>();
        for (var entry : names.subMap(prefix, prefix + Character.MAX_VALUE).values()) {
            found.addAll(entry);
            if (found.size() >= SUGGESTIONS_SCANNED) {
                break;
            }
        }
        found.sort(Comparator.comparing(Suggestion::kind)
                .thenComparingInt(s -> s.text().length()));
        return found;
    }

    /** Accents folded, NFKC (full-width letters become ASCII) and lower case. */
    static String normalise(String text) {
        return WatchAnalyzer.fold(text).toLowerCase(Locale.ROOT);
    }

    private static List<String> tokens(String text) {
        var matcher = TOKEN.matcher(normalise(text));
        var tokens = new ArrayList<String>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String phraseKey(String name) {
        return String.join(" ", tokens(name));
    }

    private static String compact(String name) {
        return String.join("", tokens(name));
    }

    static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
