package io.escapement.search.spi;

import java.util.List;
import java.util.Optional;

/**
 * The words search understands: brand names and aliases, family and model names, collectors'
 * nicknames and reference numbers in any spelling, Chinese names by their pinyin too, all from the
 * catalog's reference data. Other modules use it to tell catalogue words from free text.
 */
public interface Vocabulary {

    /**
     * The catalogue's own name of each term of {@code query}, in order and without repeats ({@code
     * 劳 lsg 126610ln} gives {@code 劳力士, 绿水鬼, 126610LN}); empty when any part of the query is
     * not a catalogue term, or nothing is left. A brand alias is named by the brand's name in the
     * alias's script, a pinyin spelling by its Chinese name, a reference number in any form by the
     * number, and a bare number by itself when it starts a reference ({@code 126610}).
     */
    Optional<List<String>> terms(String query);
}
