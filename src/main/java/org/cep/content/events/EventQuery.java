package org.cep.content.events;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.DateRange;
import org.cep.content.query.Listing;
import org.cep.content.query.PageRequest;
import org.cep.content.query.Params;
import org.cep.content.query.SlugFilter;
import org.cep.content.query.Sort;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Every filter of {@code GET /api/v1/events}, with its limits and defaults. */
public class EventQuery extends TaggedListQuery implements ItemQuery<EventQuery.EventFilter> {

    static final Sort.Fields SORT = new Sort.Fields("startsAt",
            "startsAt", "{a}.startsAt",
            "endsAt", "{a}.endsAt",
            "title", "lower({a}.title)").byDefault("soonest first").ranked();

    @RestQuery
    @Parameter(description = "Only events that have not ended by this day or moment (inclusive), i.e. whose span overlaps "
            + "the range. " + DateRange.FROM_FORMS,
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2022-01-01")
    String from;

    @RestQuery
    @Parameter(description = "Only events that start by this day or moment (inclusive). " + DateRange.TO_FORMS,
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2022-12-31")
    String to;

    @RestQuery
    @Parameter(description = "`true`: only events that have not ended yet.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
    String upcoming;

    @RestQuery
    @Parameter(description = "`true`: only events that have ended.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
    String past;

    @RestQuery
    @Parameter(description = "Only events of this kind; repeat for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EventKind.class), example = "[\"seminar\", \"conference\"]")
    List<String> kind;

    @RestQuery
    @Parameter(description = "Only events in this country (ISO 3166-1 alpha-2); repeat for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, pattern = "^[A-Za-z]{2}$"), example = "[\"BE\"]")
    List<String> country;

    @RestQuery
    @Parameter(description = "Only events attended this way; repeat for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Attendance.class), example = "[\"online\"]")
    List<String> attendance;

    @RestQuery
    @Parameter(description = "Only events of this project " + SlugFilter.ITS_SLUG + ".", example = "help-rp-terr-iccm")
    String project;

    @RestQuery
    @Parameter(description = "Only events of this expert group " + SlugFilter.ITS_SLUG + ".", example = "violent-extremism")
    String expertGroup;

    @RestQuery
    @Parameter(description = "Only events where this person " + SlugFilter.THEIR_SLUG + " speaks.", example = "robert-orell")
    String speaker;

    @Override
    public EventFilter toFilter(Instant now, ZoneId zone) {
        return toFilter(now, zone, null, PageRequest.DEFAULT_SIZE, sort, upcoming, past);
    }

    /**
     * The filters of a feed, to run in turn until a page is full. With dates, a sort, a page or a cursor asked for, that one
     * filter; otherwise the upcoming events soonest first, then those that ended since {@code defaultFrom}, latest
     * first, so that a feed of at most {@code limit} events keeps those nearest to now.
     */
    public List<EventFilter> toFeedFilters(Instant now, ZoneId zone, Instant defaultFrom, int limit) {
        if (!(blank(from) && blank(to) && blank(upcoming) && blank(past) && blank(sort) && blank(page) && blank(after))) {
            return List.of(toFilter(now, zone, null, limit, sort, upcoming, past));
        }
        return List.of(toFilter(now, zone, null, limit, "startsAt", "true", null),
                toFilter(now, zone, defaultFrom, limit, "-startsAt", null, "true"));
    }

    private EventFilter toFilter(Instant now, ZoneId zone, Instant defaultFrom, int defaultSize, String sortValue,
                                 String upcomingValue, String pastValue) {
        return Params.parse(params -> {
            boolean onlyUpcoming = params.flag("upcoming", upcomingValue);
            boolean onlyPast = params.flag("past", pastValue);
            if (onlyUpcoming && onlyPast) {
                params.reject("past", "cannot be combined with upcoming=true: an event is either upcoming or past");
            }
            DateRange range = defaultFrom == null ? params.range(from, to, zone) : new DateRange(defaultFrom, null, zone);
            return new EventFilter(listing(params, now, sortValue, SORT, defaultSize), range, onlyUpcoming, onlyPast,
                    params.enums("kind", kind, EventKind.class), params.countries("country", country),
                    params.enums("attendance", attendance, Attendance.class),
                    params.slug("project", project), params.slug("expertGroup", expertGroup), params.slug("speaker", speaker));
        });
    }

    /** The parsed, valid filter. */
    public record EventFilter(Listing listing, DateRange range, boolean upcoming, boolean past, Set<EventKind> kinds,
                              Set<String> countries, Set<Attendance> attendances, String project, String expertGroup,
                              String speaker) implements ItemQuery.Listed {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
