package org.cep.content.projects;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A project as other items show it. */
@Schema(name = "ProjectRef", description = "A project named by another item.",
        example = "{\"slug\": \"help-rp-terr-iccm\", \"title\": \"HELP Radicalisation Prevention, Judicial Response to Terrorism & International Cooperation in Criminal Matters\", \"acronym\": \"HELP RP-TERR-ICCM\", \"url\": \"/api/v1/projects/help-rp-terr-iccm\"}")
public record ProjectRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(description = "Short name, when the project has one.") String acronym,
        @Schema(required = true, description = "The project's own resource.") String url) {

    /** The ref, or {@code null} when there is no project or it is not visible now. */
    public static ProjectRef visible(Project project, Instant now) {
        return Content.visible(project, now, p -> new ProjectRef(p.slug, p.title, p.acronym, Projects.PATH + "/" + p.slug));
    }
}
