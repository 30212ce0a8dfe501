package org.cep.content.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.IsoCountry;
import org.cep.content.items.ContentInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The body that creates or replaces a person. */
@Schema(name = "PersonInput", description = "A person as written; tags are slugs.",
        example = """
                {"slug": "robert-orell", "honorific": "Mr.", "givenName": "Robert", "familyName": "Örell",
                 "role": "Co-chair of the EU RAN Rehabilitation Working Group", "organisation": "Radicalisation Awareness Network (RAN)",
                 "country": "SE", "bio": "Robert works on *exit* programmes.", "tags": ["violent-extremism"], "status": "published"}""")
public record PersonInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @Size(max = 50) String honorific,
        @NotBlank @Size(max = 200) String givenName,
        @NotBlank @Size(max = 200) String familyName,
        @Size(max = 500) String role,
        @Size(max = 500) String organisation,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "SE") @IsoCountry String country,
        @Schema(description = "Markdown.") @Size(max = MAX_MARKDOWN) String bio,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "When a published person becomes visible; none for at once.") Instant publishedAt,
        @Schema(description = "The slug of the portrait of them: a media item that is an image.", pattern = SLUG) @Size(max = 200) String portrait) implements ContentInput {
}
