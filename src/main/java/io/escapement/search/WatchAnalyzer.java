package io.escapement.search;

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
