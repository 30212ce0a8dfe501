package org.cep.content.search;

import org.cep.content.query.Page;
import org.cep.content.query.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a search across every collection, with the counts that a front end offers as facets. */
@Schema(name = "SearchResults", description = "One page of the hits of a search across the site, best first, and the "
        + "counts of all its matches by collection, tag and year. `page.totalItems` counts every match; `page.totalPages` "
        + "counts the pages that can be asked for, within the " + SiteSearchQuery.DEPTH + " best matches.")
public record SearchResults(
        @Schema(required = true, description = "The hits of this page, best first.") List<Hit> items,
        @Schema(required = true) Page.PageInfo page,
        @Schema(required = true) Facets facets) implements Paged {

    /** One item that matches, in a few fields of every collection. */
    @Schema(name = "SearchHit", description = "An item that matches `q`: which collection holds it, what to show and where "
            + "to read it whole.", example = """
            {"type": "events", "slug": "seminar-on-deradicalization-and-rehabilitation",
             "title": "Seminar on (de)radicalization and rehabilitation",
             "snippet": "…presenters: Mr. Robert <mark>Örell</mark> (independent expert and co-chair of the RAN rehabilitation…",
             "year": 2021, "url": "https://api.cep-probation.org/api/v1/events/seminar-on-deradicalization-and-rehabilitation"}""")
    public record Hit(
            @Schema(required = true, description = "The collection that holds the item, as `type` names it.") String type,
            @Schema(required = true, description = "The item's slug in its collection.") String slug,
            @Schema(required = true, description = "The item's title; a person's name; a media item's alternative "
                    + "text, else its caption, else its file name.") String title,
            @Schema(description = "Why it matches: " + Snippet.EXCERPT + " Absent for an item with no text.") String snippet,
            @Schema(description = "The item's year, as `year` filters by it; absent for people, media and items with no date.",
                    minimum = "1", maximum = "9999") Integer year,
            @Schema(required = true, description = "The item in the API, as its collection's `GET` by slug answers it.",
                    format = "uri") String url) {
    }

    /** The counts of the matches by collection, tag and year, each leaving out its own filter. */
    @Schema(name = "SearchFacets", description = "How many items match, by collection, by tag and by year. Each count "
            + "applies every filter of the request but its own (the counts by collection ignore `type`, those by tag `tag` "
            + "and `tagMatch`, those by year `year`), so that a front end can offer the other choices beside the one made.",
            example = """
                    {"types": [{"type": "events", "count": 1}, {"type": "expert-groups", "count": 0}, {"type": "media", "count": 0},
                     {"type": "news", "count": 0}, {"type": "people", "count": 1}, {"type": "projects", "count": 0}],
                     "tags": [{"tag": "violent-extremism", "count": 1}], "years": [{"year": 2021, "count": 1}]}""")
    public record Facets(
            @Schema(required = true, description = "Every searched collection, in the order of `type`'s values, 0 included.")
            List<TypeCount> types,
            @Schema(required = true, description = "Every tag that matches carry, most carried first, then by slug.")
            List<TagCount> tags,
            @Schema(required = true, description = "Every year of a match, latest first.") List<YearCount> years) {
    }

    @Schema(name = "SearchTypeCount", example = "{\"type\": \"events\", \"count\": 4}")
    public record TypeCount(
            @Schema(required = true, description = "A collection, as `type` names it.") String type,
            @Schema(required = true, description = "How many of its items match.", minimum = "0") long count) {
    }

    @Schema(name = "SearchTagCount", example = "{\"tag\": \"violent-extremism\", \"count\": 3}")
    public record TagCount(
            @Schema(required = true, description = "The tag's slug, as `tag` takes it.") String tag,
            @Schema(required = true, description = "How many matches carry it.", minimum = "1") long count) {
    }

    @Schema(name = "SearchYearCount", example = "{\"year\": 2021, \"count\": 2}")
    public record YearCount(
            @Schema(required = true, description = "A year, as `year` takes it.", minimum = "1", maximum = "9999") int year,
            @Schema(required = true, description = "How many matches are of that year.", minimum = "1") long count) {
    }
}
