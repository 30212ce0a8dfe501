package org.cep.content.expertgroups;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An expert group as other items show it. */
@Schema(name = "ExpertGroupRef", description = "An expert group named by another item.",
        example = "{\"slug\": \"violent-extremism\", \"name\": \"Violent Extremism\", \"url\": \"/api/v1/expert-groups/violent-extremism\"}")
public record ExpertGroupRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The group's own resource.") String url) {

    public static ExpertGroupRef from(ExpertGroup group) {
        return new ExpertGroupRef(group.slug, group.name, ExpertGroups.PATH + "/" + group.slug);
    }

    /** The ref, or {@code null} when there is no group or it is not visible now. */
    public static ExpertGroupRef visible(ExpertGroup group, Instant now) {
        return Content.visible(group, now, ExpertGroupRef::from);
    }
}
