package io.escapement.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analysis of the free-text field: Chinese words segmented by smartcn's hidden Markov model,
 * Latin words and numbers kept apart, full-width forms narrowed, accents folded and everything
 * lower-cased, so {@code Glashütte}, {@code glashutte} and {@code ＧＬＡＳＨＵＴＴＥ} meet. No stop
 * words: {@code 表} and {@code the} are short queries on their own.
 */
final class WatchAnalyzer extends Analyzer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /**
     * Folds accents and width before segmentation, which would otherwise split {@code Glashütte}
     * at the {@code ü}. Field values and queries are short, so reading them whole is cheap.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        try {
            var text = new StringBuilder();
            var buffer = new char[1024];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return new StringReader(fold(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return Normalizer.normalize(COMBINING_MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFKC);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new WordsOnly(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }

    /** Drops punctuation and symbols, which the tokenizer hands out as tokens of their own. */
    private static final class WordsOnly extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordsOnly(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                if (Character.isLetterOrDigit(term.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
