package org.cep.content.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cep.content.common.Body;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.IsoCountry;
import org.cep.content.items.WebUrl;
import org.cep.content.expertgroups.ExpertGroupRef;
import org.cep.content.media.Media;
import org.cep.content.media.MediaRef;
import org.cep.content.people.PersonRef;
import org.cep.content.projects.ProjectRef;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** An event as the API shows it. */
@Schema(name = "Event", description = "A CEP seminar, conference, workshop, training, webinar, meeting or general assembly.",
        example = """
                {"slug": "expert-workshop-framework-decisions-947-829-2025",
                 "title": "Expert Workshop on Framework Decision 2008/JHA/947 and 2009/JHA/829", "kind": "workshop",
                 "summary": "CEP's expert workshop on the Framework Decisions.",
                 "startsAt": "2025-09-10T00:00:00+02:00", "endsAt": "2025-09-12T00:00:00+02:00",
                 "timeZone": "Europe/Brussels", "allDay": true, "datePrecision": "exact",
                 "location": {"city": "Brussels", "country": "BE"}, "attendance": "in-person",
                 "registration": {"deadline": "2025-09-15", "invitationOnly": true},
                 "eventStatus": "scheduled", "speakers": [], "documents": [], "status": "published",
                 "tags": [{"slug": "framework-decisions", "label": "Framework Decisions", "url": "/api/v1/tags/framework-decisions"}],
                 "url": "/api/v1/events/expert-workshop-framework-decisions-947-829-2025"}""")
public record EventView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(required = true) EventKind kind,
        @Schema(description = "A short plain-text teaser.") String summary,
        Body body,
        @Schema(required = true, description = "When the event starts, with the offset of its own time zone.") OffsetDateTime startsAt,
        @Schema(required = true, description = "When the event ends (exclusive), with the offset of its own time zone. "
                + "A whole-day event ends at the midnight after its last day.") OffsetDateTime endsAt,
        @Schema(required = true, description = "The IANA time zone of the event's place.", example = "Europe/Brussels") String timeZone,
        @Schema(required = true, description = "Whether the event takes whole days, with no announced hours.") boolean allDay,
        @Schema(required = true) DatePrecision datePrecision,
        @Schema(required = true) Location location,
        @Schema(required = true) Attendance attendance,
        @Schema(description = "Where to join an online or hybrid event: the video conference's address.") String joinUrl,
        @Schema(required = true) Registration registration,
        @Schema(required = true, description = "Whether the event goes ahead as announced.") EventStatus eventStatus,
        @Schema(required = true, description = "Speakers and presenters, in the order of the programme.") List<PersonRef> speakers,
        ProjectRef project,
        ExpertGroupRef expertGroup,
        @Schema(required = true, description = "Files to download, such as presentations.") List<Document> documents,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "`draft` items are seen by editors only.") PublicationStatus status,
        @Schema(description = "When the event was published; null when it has been public since it was created.") Instant publishedAt,
        @Schema(required = true, description = "This resource.") String url,
        @Schema(description = "The picture shown with it, ready for `<img srcset>`.") MediaRef image) {

    static EventView from(Event e, Instant now) {
        ZoneId zone = ZoneId.of(e.timeZone);
        return new EventView(e.slug, e.title, e.kind, e.summary, Body.of(e.body, e.bodyHtml()),
                e.startsAt.atZone(zone).toOffsetDateTime(), e.endsAt.atZone(zone).toOffsetDateTime(), e.timeZone, e.allDay, e.datePrecision,
                new Location(e.venue, e.city, e.country), e.attendance, e.joinUrl,
                new Registration(e.registrationUrl, e.registrationDeadline, e.invitationOnly), e.eventStatus,
                PersonRef.visible(e.speakers, now), ProjectRef.visible(e.project, now),
                ExpertGroupRef.visible(e.expertGroup, now),
                e.documents.stream().map(d -> Document.of(d, now)).filter(Objects::nonNull).toList(),
                TagRef.all(e.tags), e.status, e.publishedAt, Events.PATH + "/" + e.slug,
                MediaRef.visible(e.image, now));
    }

    /** Where an event takes place; all null for an online event. */
    @Schema(name = "Location", example = "{\"venue\": \"Centre d’Estudis Jurídics i Formació Especialitzada\", \"city\": \"Barcelona\", \"country\": \"ES\"}")
    public record Location(
            @Size(max = 500) String venue,
            @Size(max = 200) String city,
            @Schema(description = "ISO 3166-1 alpha-2 country code.", pattern = "^[A-Z]{2}$") @IsoCountry String country) {
    }

    /** How to take part. */
    @Schema(name = "Registration", example = "{\"deadline\": \"2025-09-15\", \"invitationOnly\": true}")
    public record Registration(
            @Schema(description = "Where to register.") @WebUrl String url,
            @Schema(description = "The last day to register.") LocalDate deadline,
            @Schema(required = true, description = "Whether the event is upon invitation only.") boolean invitationOnly) {
    }

    /** A file to download from an event: an outside link, or a media item's file with its type and size. */
    @Schema(name = "EventDocument", description = "A file to download. An outside link has `url` and, if given, `mediaType`; "
            + "a media item of the library has its file's `url`, `mediaType` and `bytes`, and its slug as `media`.",
            example = "{\"title\": \"Presentation by Robert Örell\", \"url\": \"https://example.org/orell.pdf\", \"mediaType\": \"application/pdf\"}")
    public record Document(
            @Schema(required = true) @NotBlank @Size(max = 500) String title,
            @Schema(required = true, description = "The file: an outside link, or a media item's immutable file.") @NotNull String url,
            @Size(max = 100) String mediaType,
            @Schema(description = "The file's size in bytes; media items only.", minimum = "1", example = "345678") Long bytes,
            @Schema(description = "The media item's slug; media items only. Its resource is `/api/v1/media/{media}`.",
                    pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", example = "ga-2025-slides") String media) {

        /** The document, or {@code null} for a media item not visible now. */
        static Document of(EventDocument d, Instant now) {
            if (d.media == null) {
                return new Document(d.title, d.url, d.mediaType, null, null);
            }
            Media m = d.media;
            return m.isVisibleAt(now) ? new Document(d.title, m.fileUrl(), m.mediaType, m.byteSize, m.slug) : null;
        }
    }
}
