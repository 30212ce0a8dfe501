package org.cep.content.tags;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tag as the API shows it, with how many published items of each resource carry it. */
@Schema(name = "Tag", description = "A topic that items carry, with how many published items of each resource carry it.",
        example = """
                {"slug": "violent-extremism", "label": "Violent Extremism",
                 "counts": {"projects": 2, "events": 6, "people": 10, "expertGroups": 1, "news": 3},
                 "url": "/api/v1/tags/violent-extremism"}""")
public record TagView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String label,
        @Schema(required = true) Counts counts,
        @Schema(required = true, description = "This resource.") String url) {

    /** The views of the tags, their counts read for all of them at once. */
    static List<TagView> of(List<Tag> tags, Instant now) {
        Map<Long, long[]> counts = TagRepository.counts(tags, now);
        return tags.stream().map(t -> from(t, counts.get(t.id))).toList();
    }

    private static TagView from(Tag tag, long[] counts) {
        return new TagView(tag.slug, tag.label, new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]),
                Tags.PATH + "/" + tag.slug);
    }

    /** How many published items of each resource carry the tag. */
    @Schema(name = "TagCounts", example = "{\"projects\": 2, \"events\": 6, \"people\": 10, \"expertGroups\": 1, \"news\": 3}")
    public record Counts(
            @Schema(required = true, minimum = "0") long projects,
            @Schema(required = true, minimum = "0") long events,
            @Schema(required = true, minimum = "0") long people,
            @Schema(required = true, minimum = "0") long expertGroups,
            @Schema(required = true, minimum = "0") long news) {
    }
}
