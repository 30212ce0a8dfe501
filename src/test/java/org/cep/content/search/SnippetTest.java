package org.cep.content.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a snippet is cut and marked, from an item's texts. */
class SnippetTest {

    private static Searchable.Source item(String title, String summary, String body) {
        return () -> new Searchable(title, summary, body);
    }

    @Test
    void a_long_body_is_cut_around_the_first_hit_at_word_boundaries() {
        String body = "Lorem ipsum dolor sit amet ".repeat(10) + "the **Probation** service " + "consectetur adipiscing elit ".repeat(10);
        String snippet = Snippet.of(item("Title", null, body), SearchTerms.parse("probation"));
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("the <mark>Probation</mark> service") && !snippet.contains("**"), snippet);
        assertTrue(snippet.replace("<mark>", "").replace("</mark>", "").length() <= 162, snippet);
    }

    @Test
    void the_summary_comes_before_the_body_and_links_lose_their_targets() {
        assertEquals("See the <mark>report</mark> now",
                Snippet.of(item("T", "Nothing here", "See [the report](https://example.org/report) now"), SearchTerms.parse("report")));
        assertEquals("A <mark>report</mark>", Snippet.of(item("T", "A report", "Another report"), SearchTerms.parse("report")));
    }

    @Test
    void without_a_hit_the_summary_starts_unmarked_and_without_a_search_there_is_none() {
        assertEquals("Plain summary", Snippet.of(item("T", "Plain summary", "Body"), SearchTerms.parse("-other")));
        assertNull(Snippet.of(item("T", "Plain summary", "Body"), SearchTerms.NONE));
    }
}
