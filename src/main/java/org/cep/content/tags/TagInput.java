package org.cep.content.tags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.ItemInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that creates or replaces a tag. */
@Schema(name = "TagInput", description = "A tag as written.", example = "{\"slug\": \"violent-extremism\", \"label\": \"Violent Extremism\"}")
public record TagInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 100) String slug,
        @NotBlank @Size(max = 200) String label) implements ItemInput {
}
