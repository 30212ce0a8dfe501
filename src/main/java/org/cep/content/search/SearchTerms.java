package org.cep.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code q} as a web search reads it: words that must all occur, {@code "quoted phrases"} whose words must occur
 * one after the other, and {@code -word} or {@code -"phrase"} that must not. Every word is folded as stored
 * ({@link Folding}); a word such as {@code gender-based} is the phrase of its parts, as the stored text has them.
 */
public record SearchTerms(List<Term> terms) {

    private static final Pattern TERM = Pattern.compile("(-?)(?:\"([^\"]*)\"?|(\\S+))");
    public static final SearchTerms NONE = new SearchTerms(List.of());

    /** One word or phrase, its words folded; {@code excluded} for one that must not occur. */
    public record Term(List<String> words, boolean excluded) {
        String phrase() {
            return String.join(" ", words);
        }
    }

    public static SearchTerms parse(String q) {
        if (q == null) {
            return NONE;
        }
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(q);
        while (matcher.find()) {
            String text = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            String folded = Folding.words(text);
            if (!folded.isEmpty()) {
                terms.add(new Term(List.of(folded.split(" ")), !matcher.group(1).isEmpty()));
            }
        }
        return new SearchTerms(List.copyOf(terms));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The terms that must occur. */
    public List<Term> included() {
        return terms.stream().filter(term -> !term.excluded()).toList();
    }

    public List<Term> excluded() {
        return terms.stream().filter(Term::excluded).toList();
    }

    /** The words to highlight: every word of the terms that must occur. */
    public Set<String> highlighted() {
        return included().stream().flatMap(term -> term.words().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The query for PostgreSQL's {@code websearch_to_tsquery}: each term quoted, so that a word such as {@code or}
     * is a word and not an operator, and only folded words reach it.
     */
    String websearch() {
        return terms.stream().map(term -> (term.excluded() ? "-" : "") + "\"" + term.phrase() + "\"").collect(Collectors.joining(" "));
    }
}
