package org.cep.content.feeds;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cep.content.common.Markdown;
import org.cep.content.events.Attendance;
import org.cep.content.events.CalendarEvent;
import org.cep.content.events.EventStatus;
import org.cep.content.events.Events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes events as an RFC 5545 calendar. Timed events are written in UTC and whole-day events as dates, so that
 * every client, including those that ignore TZID and VTIMEZONE, shows them at the right moment.
 */
final class EventCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    /** How often subscribers should fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(6);
    static final int DESCRIPTION_LIMIT = 1000;
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final String PRODUCT = "-//Confederation of European Probation//CEP content API//EN";

    private EventCalendar() {
    }

    /**
     * The calendar of the events, named {@code name}, as the UTF-8 bytes sent; {@code absolute} turns a path of the
     * API into an absolute URL.
     */
    static byte[] write(String name, List<CalendarEvent> events, Function<String, String> absolute, ZoneId siteZone) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        // The older spelling of REFRESH-INTERVAL, read by Outlook and Apple Calendar.
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (CalendarEvent event : events) {
            calendar.add(entry(event, absolute.apply(Events.PATH + "/" + event.slug())));
        }
        // RFC 5545 wants at least one component (icalbody = calprops component); an empty feed, which a partner's
        // subscription to a quiet tag often is, names the site's time zone.
        if (events.isEmpty()) {
            calendar.add(TIME_ZONES.getTimeZone(siteZone.getId()).getVTimeZone());
        }
        return ContentLines.fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The entry's UID: the event's identity, which outlives renames of its slug. */
    static String uid(CalendarEvent event) {
        return "event-" + event.id() + "@cep-probation.org";
    }

    private static VEvent entry(CalendarEvent event, String url) {
        VEvent entry = new VEvent(false);
        entry.add(new Uid(uid(event)));
        // Without a METHOD, DTSTAMP is when the entry was last revised (RFC 5545 3.8.7.2).
        entry.add(new DtStamp(event.updatedAt()));
        entry.add(new LastModified(event.updatedAt()));
        entry.add(new Sequence(sequence(event)));
        if (event.allDay()) {
            ZoneId zone = ZoneId.of(event.timeZone());
            entry.add(new DtStart<>(LocalDate.ofInstant(event.startsAt(), zone)));
            entry.add(new DtEnd<>(LocalDate.ofInstant(event.endsAt(), zone)));
        } else {
            entry.add(new DtStart<>(event.startsAt()));
            entry.add(new DtEnd<>(event.endsAt()));
        }
        entry.add(new Summary(event.title()));
        entry.add(status(event.eventStatus()));
        entry.add(new Url(URI.create(url)));
        if (event.joinUrl() != null) {
            entry.add(conference(event.joinUrl()));
        }
        String location = location(event);
        if (!location.isEmpty()) {
            entry.add(new Location(location));
        }
        entry.add(new Description(description(event, url)));
        List<String> labels = event.tagLabels();
        if (!labels.isEmpty()) {
            entry.add(new Categories(new TextList(labels)));
        }
        return entry;
    }

    /** RFC 7986's link to join, which clients such as Apple Calendar offer as a button. */
    private static Conference conference(String joinUrl) {
        return new Conference(new ParameterList(List.of(Value.URI, Feature.VIDEO, new Label("Join online"))), joinUrl);
    }

    /** Rises with every change: the seconds between the event's creation and its last change. */
    static int sequence(CalendarEvent event) {
        return (int) Math.max(0, Duration.between(event.createdAt(), event.updatedAt()).getSeconds());
    }

    private static Status status(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> ImmutableStatus.VEVENT_CONFIRMED;
            case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /** Venue, city and country, and "Online" for an online or hybrid event. */
    static String location(CalendarEvent event) {
        String country = event.country() == null ? null : new Locale("", event.country()).getDisplayCountry(Locale.ENGLISH);
        Stream<String> place = event.attendance() == Attendance.ONLINE ? Stream.of() : Stream.of(event.venue(), event.city(), country);
        Stream<String> online = event.attendance() == Attendance.IN_PERSON ? Stream.of() : Stream.of("Online");
        return Stream.concat(place, online).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** Plain text: the summary, or else the body without markup, cut at a word, then the link. */
    private static String description(CalendarEvent event, String url) {
        String text = event.summary() != null && !event.summary().isBlank() ? event.summary() : Markdown.toPlainText(event.body());
        List<String> parts = new ArrayList<>();
        if (event.eventStatus() == EventStatus.CANCELLED) {
            parts.add("This event is cancelled.");
        } else if (event.eventStatus() == EventStatus.POSTPONED) {
            parts.add("This event is postponed.");
        }
        if (text != null) {
            parts.add(shorten(text.strip()));
        }
        parts.add(url);
        return String.join("\n\n", parts);
    }

    private static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LIMIT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LIMIT - 1).strip() + "…";
    }
}
