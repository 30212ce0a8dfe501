package org.cep.content.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The excerpt of a listed item that shows why it matches {@code q}: about 160 characters of its summary, else its
 * body, else its title (the first where a word of the search occurs), each such word in {@code <mark>}, the rest
 * HTML-escaped, so that a front end can insert it as it comes. Made from the item's texts, the same on every database.
 */
public final class Snippet {

    /** Its name among an item's fields. */
    public static final String FIELD = "snippet";
    /** What it holds, for the contract. */
    public static final String EXCERPT = "an excerpt of about 160 characters of the item's summary, else its body, else its "
            + "title (the first where a searched word occurs), each such word in `<mark>`, the rest HTML-escaped, with `…` "
            + "where it is cut.";
    public static final String ABOUT = "Only in a list that answers `q`: " + EXCERPT;
    private static final int LENGTH = 160;
    private static final int BEFORE = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s*>+|]\\([^)]*\\)|[*_`#\\[\\]|~]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Snippet() {
    }

    /** The item's snippet for the search; null without a search or for an item search does not look in. */
    public static String of(Object item, SearchTerms search) {
        if (search.isEmpty() || !(item instanceof Searchable.Source source)) {
            return null;
        }
        Searchable texts = source.searchable();
        Set<String> words = search.highlighted();
        String[] candidates = Stream.of(texts.summary(), texts.body(), texts.title()).filter(text -> text != null && !text.isBlank())
                .map(Snippet::plain).toArray(String[]::new);
        for (String text : candidates) {
            int hit = firstHit(text, words);
            if (hit >= 0) {
                return excerpt(text, hit, words);
            }
        }
        return candidates.length == 0 ? null : excerpt(candidates[0], 0, words);
    }

    /** The text without Markdown's marks and link targets, on one line. */
    private static String plain(String text) {
        return SPACES.matcher(MARKUP.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static int firstHit(String text, Set<String> words) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (words.contains(Folding.words(word.group()))) {
                return word.start();
            }
        }
        return -1;
    }

    private static String excerpt(String text, int hit, Set<String> words) {
        int start = Math.max(0, hit - BEFORE);
        if (start > 0) {
            start = text.indexOf(' ', start) < 0 || text.indexOf(' ', start) >= hit ? start : text.indexOf(' ', start) + 1;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length() && text.lastIndexOf(' ', end) > hit) {
            end = text.lastIndexOf(' ', end);
        }
        StringBuilder snippet = new StringBuilder(start > 0 ? "…" : "");
        Matcher word = WORD.matcher(text).region(start, end);
        int written = start;
        while (word.find()) {
            if (words.contains(Folding.words(word.group()))) {
                snippet.append(escape(text.substring(written, word.start()))).append("<mark>").append(escape(word.group())).append("</mark>");
                written = word.end();
            }
        }
        return snippet.append(escape(text.substring(written, end))).append(end < text.length() ? "…" : "").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
