package io.escapement.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The privacy policy in one language, as sections of paragraphs, lists and tables: rendered as a
 * page, served as JSON and sealed as the text of a published version.
 *
 * @param language {@code zh-CN} or {@code en}
 * @param publishedOn the publication date in words, in China's time zone
 * @param effectiveOn the effective date in words, in China's time zone
 */
public record PolicyDocument(
        int version,
        String language,
        String title,
        Instant publishedAt,
        Instant effectiveAt,
        String publishedOn,
        String effectiveOn,
        List<Section> sections) {

    public PolicyDocument {
        sections = List.copyOf(sections);
    }

    /** @param id a stable anchor, e.g. {@code cookies} */
    public record Section(String id, String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph, a list or a table. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Items.class, name = "list"),
        @JsonSubTypes.Type(value = Table.class, name = "table")
    })
    public sealed interface Block permits Paragraph, Items, Table {

        /** {@code paragraph}, {@code list} or {@code table}, for templates. */
        @JsonIgnore
        String kind();

        /** The units of text a reader takes in one at a time: the paragraph, each item, each row. */
        @JsonIgnore
        List<String> units();
    }

    public record Paragraph(String text) implements Block {

        @Override
        public String kind() {
            return "paragraph";
        }

        @Override
        public List<String> units() {
            return List.of(text);
        }
    }

    public record Items(List<String> items) implements Block {

        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }

        @Override
        public List<String> units() {
            return items;
        }
    }

    /** @param id a stable anchor for the table, e.g. {@code cookie-inventory} */
    public record Table(String id, List<String> headers, List<List<String>> rows) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }

        /** Each row, its cells joined with " | ". */
        @Override
        public List<String> units() {
            return rows.stream().map(row -> String.join(" | ", row)).toList();
        }
    }

    /** Every unit of text of the document: headings, paragraphs, list items and table rows. */
    @JsonIgnore
    public List<String> units() {
        return Stream.concat(
                        Stream.of(title),
                        sections.stream()
                                .flatMap(section -> Stream.concat(
                                        Stream.of(section.heading()),
                                        section.blocks().stream().flatMap(block -> block.units().stream()))))
                .toList();
    }
}
