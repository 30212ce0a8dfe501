package org.cep.content.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.ContentInput;
import org.cep.content.items.WebUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The body that creates or replaces an event; references to other items are their slugs. */
@Schema(name = "EventInput", description = "An event as written: references to people, project, expert group and tags are slugs.",
        example = """
                {"slug": "cep-annual-conference-2026", "title": "CEP Annual Conference 2026", "kind": "conference",
                 "summary": "Two days on probation in Europe.", "body": "The *annual* conference.",
                 "startsAt": "2026-06-10T09:00:00+02:00", "endsAt": "2026-06-11T17:00:00+02:00", "timeZone": "Europe/Brussels",
                 "allDay": false, "datePrecision": "exact", "location": {"venue": "Square", "city": "Brussels", "country": "BE"}, "attendance": "in-person",
                 "registration": {"url": "https://www.cep-probation.org/register", "deadline": "2026-05-31", "invitationOnly": false},
                 "eventStatus": "scheduled", "speakers": ["robert-orell"], "project": "empro", "documents": [],
                 "tags": ["violent-extremism"], "status": "published", "publishedAt": "2026-01-15T08:00:00Z"}""")
public record EventInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @NotBlank @Size(max = 500) String title,
        @NotNull EventKind kind,
        @Size(max = MAX_SUMMARY) String summary,
        @Schema(description = "Markdown.") @Size(max = MAX_MARKDOWN) String body,
        @Schema(required = true) @NotNull OffsetDateTime startsAt,
        @Schema(required = true, description = "Exclusive; after startsAt.") @NotNull OffsetDateTime endsAt,
        @Schema(required = true, description = "The IANA time zone of the event's place.", example = "Europe/Brussels") @NotBlank String timeZone,
        boolean allDay,
        @Schema(description = "Default: exact. With `month` or `year`, `startsAt` and `endsAt` are the whole month or year, as whole days.") DatePrecision datePrecision,
        @Valid EventView.Location location,
        @NotNull Attendance attendance,
        @Schema(description = "Where to join an online or hybrid event: the video conference's address.") @WebUrl String joinUrl,
        @Valid EventView.Registration registration,
        @Schema(description = "Default: scheduled.") EventStatus eventStatus,
        @Schema(description = "Slugs of people, in the order of the programme.") List<@NotNull String> speakers,
        @Schema(description = "A project's slug.") String project,
        @Schema(description = "An expert group's slug.") String expertGroup,
        @Schema(description = "Files to download, such as presentations: each an outside link or a media item.")
        List<@NotNull @Valid Document> documents,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "When a published event becomes visible; none for at once.") Instant publishedAt,
        @Schema(description = "The slug of the picture shown with it: a media item that is an image.", pattern = SLUG) @Size(max = 200) String image) implements ContentInput {

    /** A file to download from the event, as written: an outside link ({@code url}) or a media item ({@code media}). */
    @Schema(name = "EventDocumentInput", description = "A file to download: either `url`, an outside link, or `media`, "
            + "the slug of a media item, whose file, type and size the event then shows.",
            example = "{\"title\": \"Slides of the opening session\", \"media\": \"ga-2025-slides\"}")
    public record Document(
            @Schema(required = true) @NotBlank @Size(max = 500) String title,
            @Schema(description = "An outside link; not with `media`.") @WebUrl String url,
            @Schema(description = "The slug of a media item; not with `url`.", pattern = SLUG) @Size(max = 200) String media,
            @Schema(description = "What the outside link is; a media item's type is its own.") @Size(max = 100) String mediaType) {
    }
}
