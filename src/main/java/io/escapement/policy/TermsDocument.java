package io.escapement.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one published version of the terms of service in one language, read from its sealed
 * text: a title and numbered sections of paragraphs and lists.
 *
 * @param version the version's number
 * @param language the language's tag, {@code zh-CN} or {@code en}
 */
public record TermsDocument(
        int version, String language, String title, String publishedOn, String effectiveOn, List<Section> sections) {

    public TermsDocument {
        sections = List.copyOf(sections);
    }

    /** A section with its anchor ({@code s1}, {@code s2}, …), heading and blocks. */
    public record Section(String id, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A paragraph ({@code kind} {@code paragraph}, its {@code text}) or a list ({@code kind} {@code
     * list}, its {@code items}).
     */
    public record Block(String kind, String text, List<String> items) {
        public Block {
            items = List.copyOf(items);
        }
    }

    /**
     * Reads the text as written in {@code terms/v*.md}: a first line {@code # title}, sections that
     * start with {@code ## heading}, list items that start with {@code - }, and every other line a
     * paragraph. Text is never read as markup.
     *
     * @throws IllegalStateException when the text has no title
     */
    static TermsDocument parse(TermsVersion version, PolicyLanguage language, String text) {
        String title = null;
        var sections = new ArrayList<Section>();
        String heading = null;
        var blocks = new ArrayList<Block>();
        List<String> items = null;
        for (var raw : text.split("\\R")) {
            var line = raw.strip();
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new Section("s" + (sections.size() + 1), heading, blocks));
                }
                heading = line.substring(3).strip();
                blocks = new ArrayList<>();
                items = null;
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                if (items == null) {
                    items = new ArrayList<>();
                    blocks.add(new Block("list", "", List.of()));
                }
                items.add(line.substring(2).strip());
                blocks.set(blocks.size() - 1, new Block("list", "", items));
            } else if (line.isEmpty()) {
                items = null;
            } else {
                items = null;
                blocks.add(new Block("paragraph", line, List.of()));
            }
        }
        if (heading != null) {
            sections.add(new Section("s" + (sections.size() + 1), heading, blocks));
        }
        if (title == null) {
            throw new IllegalStateException("Version " + version.number() + " of the terms (" + language.tag()
                    + ") has no title: its text starts with a line '# title'.");
        }
        return new TermsDocument(
                version.number(),
                language.tag(),
                title,
                version.publishedOn().in(language.locale()),
                version.effectiveOn().in(language.locale()),
                sections);
    }
}
