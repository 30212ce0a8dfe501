package org.cep.content.tags;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tag as the API shows it, with how many published items of each resource carry it. */
@Schema(name = "Tag", description = "A topic that items carry, with how many published items of each resource carry it.",
        example = """
                {"slug": "violent-extremism", "label": "Violent Extremism",
                 "counts": {"projects": 2, "events": 6, "people": 10, "expertGroups": 1, "news": 3, "media": 4},
                 "url": "/api/v1/tags/violent-extremism"}""")
public record TagView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String label,
        @Schema(required = true) Counts counts,
        @Schema(required = true, description = "This resource.") String url) {

    /** The views of the tags, their counts read for all of them at once. */
    static List<TagView> of(List<Tag> tags, Instant now) {
        Map<Long, Map<String, Long>> counts = TagRepository.counts(tags, now);
        return tags.stream().map(t -> new TagView(t.slug, t.label, Counts.of(counts.get(t.id)), Tags.PATH + "/" + t.slug)).toList();
    }

    /** How many published items of each resource carry the tag. */
    @Schema(name = "TagCounts", example = "{\"projects\": 2, \"events\": 6, \"people\": 10, \"expertGroups\": 1, \"news\": 3, \"media\": 4}")
    public record Counts(
            @Schema(required = true, minimum = "0") long projects,
            @Schema(required = true, minimum = "0") long events,
            @Schema(required = true, minimum = "0") long people,
            @Schema(required = true, minimum = "0") long expertGroups,
            @Schema(required = true, minimum = "0") long news,
            @Schema(required = true, minimum = "0", description = "Images and documents.") long media) {

        /** The collections counted, one for each field, as the change log and the declarations name them. */
        static final List<String> COLLECTIONS = List.of("projects", "events", "people", "expert-groups", "news", "media");

        private static Counts of(Map<String, Long> byCollection) {
            long[] n = COLLECTIONS.stream().mapToLong(c -> byCollection.getOrDefault(c, 0L)).toArray();
            return new Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
        }
    }
}
