package org.cep.content.tags;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A tag as other items show it. */
@Schema(name = "TagRef", description = "A tag carried by an item.",
        example = "{\"slug\": \"violent-extremism\", \"label\": \"Violent Extremism\", \"url\": \"/api/v1/tags/violent-extremism\"}")
public record TagRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String label,
        @Schema(required = true, description = "The tag's own resource.") String url) {

    public static TagRef from(Tag tag) {
        return new TagRef(tag.slug, tag.label, Tags.PATH + "/" + tag.slug);
    }

    /** An item's tags, by label. */
    public static List<TagRef> all(Collection<Tag> tags) {
        return tags.stream().sorted(Comparator.comparing((Tag t) -> t.label)).map(TagRef::from).toList();
    }

    /** The labels of an item's tags, in the same order. */
    public static List<String> labels(Collection<Tag> tags) {
        return all(tags).stream().map(TagRef::label).toList();
    }
}
