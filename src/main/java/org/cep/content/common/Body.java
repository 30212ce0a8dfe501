package org.cep.content.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rich text, as written (Markdown) and ready to insert into a page (sanitised HTML). */
@Schema(name = "Body", description = "Rich text, as stored Markdown and as sanitised HTML rendered from it.",
        example = "{\"markdown\": \"CEP *promotes* probation.\", \"html\": \"<p>CEP <em>promotes</em> probation.</p>\"}")
public record Body(
        @Schema(required = true, description = "CommonMark source.") String markdown,
        @Schema(required = true, description = "HTML rendered from the Markdown and sanitised: no scripts, styles or event handlers.") String html) {

    public static Body of(String markdown, String html) {
        return markdown == null || markdown.isBlank() ? null : new Body(markdown, html);
    }
}
