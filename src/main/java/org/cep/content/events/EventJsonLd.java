package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cep.content.items.Content;
import org.cep.content.people.People;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

/** An event as schema.org {@code Event} JSON-LD, ready for a page's {@code <head>}. */
@Schema(name = "EventJsonLd", description = "An event as schema.org Event JSON-LD. Whole-day events give dates, others "
        + "date-times with the offset of the event's time zone. A hybrid event has both a Place and a VirtualLocation.",
        example = """
                {"@context": "https://schema.org", "@type": "Event",
                 "name": "Expert Workshop on Framework Decision 2008/JHA/947 and 2009/JHA/829",
                 "description": "CEP's expert workshop on the Framework Decisions.",
                 "url": "https://api.cep-probation.org/api/v1/events/expert-workshop-framework-decisions-947-829-2025",
                 "startDate": "2025-09-10T09:00:00+02:00", "endDate": "2025-09-10T17:00:00+02:00",
                 "eventStatus": "https://schema.org/EventScheduled",
                 "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                 "location": [{"@type": "Place", "name": "CEP office",
                   "address": {"@type": "PostalAddress", "addressLocality": "Brussels", "addressCountry": "BE"}}],
                 "organizer": {"@type": "Organization", "name": "Confederation of European Probation", "url": "https://www.cep-probation.org"},
                 "performer": [{"@type": "Person", "name": "Robert Örell", "url": "https://api.cep-probation.org/api/v1/people/robert-orell"}],
                 "offers": {"@type": "Offer", "validThrough": "2025-09-01"},
                 "keywords": ["Framework Decisions"]}""")
public record EventJsonLd(
        @JsonProperty("@context") @Schema(required = true, enumeration = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(required = true, enumeration = "Event") String type,
        @Schema(required = true) String name,
        String description,
        @Schema(required = true, description = "The event's resource, absolute.") String url,
        @Schema(description = "The event's picture, absolute: its file.") String image,
        @Schema(required = true, description = "A date-time with offset, or a date for a whole-day event (only the month, "
                + "`2020-11`, or the year when that is all that is known).") String startDate,
        @Schema(required = true, description = "A date-time with offset, or the last day of a whole-day event (only the "
                + "month or year when that is all that is known).") String endDate,
        @Schema(required = true, enumeration = {"https://schema.org/EventScheduled", "https://schema.org/EventCancelled",
                "https://schema.org/EventPostponed"}) String eventStatus,
        @Schema(required = true, enumeration = {"https://schema.org/OfflineEventAttendanceMode",
                "https://schema.org/OnlineEventAttendanceMode", "https://schema.org/MixedEventAttendanceMode"}) String eventAttendanceMode,
        @Schema(required = true, description = "A Place, a VirtualLocation, or both for a hybrid event.") List<Place> location,
        @Schema(required = true) Agent organizer,
        @Schema(required = true, description = "The speakers.") List<Agent> performer,
        @Schema(description = "How to register; validThrough is the last day to register.") Offer offers,
        List<String> keywords) {

    static final String MEDIA_TYPE = "application/ld+json";
    private static final String SCHEMA = "https://schema.org/";
    private static final Agent CEP = new Agent("Organization", "Confederation of European Probation", "https://www.cep-probation.org");

    /** @param absolute turns a path of the API into an absolute URL */
    static EventJsonLd from(Event e, Instant now, Function<String, String> absolute) {
        ZoneId zone = ZoneId.of(e.timeZone);
        String url = absolute.apply(Events.PATH + "/" + e.slug);
        String start = e.allDay ? day(e.datePrecision, LocalDate.ofInstant(e.startsAt, zone)) : ISO_OFFSET_DATE_TIME.format(e.startsAt.atZone(zone));
        String end = e.allDay ? day(e.datePrecision, LocalDate.ofInstant(e.endsAt, zone).minusDays(1)) : ISO_OFFSET_DATE_TIME.format(e.endsAt.atZone(zone));
        List<Agent> speakers = Content.visible(e.speakers, now)
                .map(p -> new Agent("Person", p.name(), absolute.apply(People.PATH + "/" + p.slug))).toList();
        Offer offer = e.registrationUrl == null && e.registrationDeadline == null ? null
                : new Offer("Offer", e.registrationUrl, e.registrationDeadline == null ? null : e.registrationDeadline.toString());
        List<String> keywords = TagRef.labels(e.tags);
        String image = Content.visible(e.image, now, m -> absolute.apply(m.fileUrl()));
        return new EventJsonLd("https://schema.org", "Event", e.title, e.summary, url, image, start, end,
                SCHEMA + "Event" + capitalised(e.eventStatus.name()), SCHEMA + mode(e.attendance), locations(e, url),
                CEP, speakers, offer, keywords.isEmpty() ? null : keywords);
    }

    /** A day, or only its month or year (ISO 8601's reduced precision) when that is all that is known. */
    private static String day(DatePrecision precision, LocalDate day) {
        return switch (precision) {
            case EXACT -> day.toString();
            case MONTH -> YearMonth.from(day).toString();
            case YEAR -> Year.from(day).toString();
        };
    }

    private static List<Place> locations(Event e, String url) {
        List<Place> places = new ArrayList<>();
        if (e.attendance != Attendance.ONLINE) {
            places.add(new Place("Place", e.venue != null ? e.venue : e.city, new Address("PostalAddress", e.city, e.country), null));
        }
        if (e.attendance != Attendance.IN_PERSON) {
            String join = e.joinUrl != null ? e.joinUrl : e.registrationUrl != null ? e.registrationUrl : url;
            places.add(new Place("VirtualLocation", null, null, join));
        }
        return places;
    }

    private static String mode(Attendance attendance) {
        return switch (attendance) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        };
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A schema.org Place with its PostalAddress, or a VirtualLocation with its URL. */
    @Schema(name = "EventJsonLdPlace", example = "{\"@type\": \"Place\", \"name\": \"CEP office\", \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Brussels\", \"addressCountry\": \"BE\"}}")
    public record Place(
            @JsonProperty("@type") @Schema(required = true, enumeration = {"Place", "VirtualLocation"}) String type,
            String name,
            Address address,
            @Schema(description = "Where to join a VirtualLocation: the event's join link, else where to register, else the event itself.") String url) {
    }

    /** A schema.org PostalAddress. */
    @Schema(name = "EventJsonLdAddress", example = "{\"@type\": \"PostalAddress\", \"addressLocality\": \"Brussels\", \"addressCountry\": \"BE\"}")
    public record Address(
            @JsonProperty("@type") @Schema(required = true, enumeration = "PostalAddress") String type,
            String addressLocality,
            @Schema(description = "ISO 3166-1 alpha-2 country code.") String addressCountry) {
    }

    /** A schema.org Organization or Person. */
    @Schema(name = "EventJsonLdAgent", example = "{\"@type\": \"Person\", \"name\": \"Robert Örell\", \"url\": \"https://api.cep-probation.org/api/v1/people/robert-orell\"}")
    public record Agent(
            @JsonProperty("@type") @Schema(required = true, enumeration = {"Organization", "Person"}) String type,
            @Schema(required = true) String name,
            String url) {
    }

    /** A schema.org Offer: where to register and until when. */
    @Schema(name = "EventJsonLdOffer", example = "{\"@type\": \"Offer\", \"url\": \"https://example.org/register\", \"validThrough\": \"2025-09-01\"}")
    public record Offer(
            @JsonProperty("@type") @Schema(required = true, enumeration = "Offer") String type,
            String url,
            @Schema(description = "The last day to register.") String validThrough) {
    }
}
