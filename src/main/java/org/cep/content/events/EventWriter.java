package org.cep.content.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.query.ApiEnums;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.media.Media;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Writes events: their fields, speakers, project, expert group, documents (outside links or media items) and tags. */
@ApplicationScoped
class EventWriter extends ItemWriter<Event, EventInput, EventView> {

    EventWriter() {
        super(Events.TYPE, "startsAt", "endsAt", "location", "registration", "documents");
    }

    @Override
    protected void apply(EventInput in, Event e, Checks checks) {
        if (in.startsAt() != null && in.endsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            checks.reject("endsAt", "must be after startsAt (" + in.startsAt() + ")");
        }
        ZoneId zone = checks.zone("timeZone", in.timeZone());
        checkPrecision(in, zone, checks);
        if (in.joinUrl() != null && in.attendance() == Attendance.IN_PERSON) {
            checks.reject("joinUrl", "is for online and hybrid events; this one's attendance is in-person");
        }
        e.startsAt = in.startsAt() == null ? null : in.startsAt().toInstant();
        e.endsAt = in.endsAt() == null ? null : in.endsAt().toInstant();
        e.timeZone = zone == null ? null : zone.getId();
        e.datePrecision = Objects.requireNonNullElse(in.datePrecision(), DatePrecision.EXACT);
        EventView.Location location = Objects.requireNonNullElse(in.location(), new EventView.Location(null, null, null));
        e.venue = location.venue();
        e.city = location.city();
        e.country = location.country();
        EventView.Registration registration = Objects.requireNonNullElse(in.registration(), new EventView.Registration(null, null, false));
        e.registrationUrl = registration.url();
        e.registrationDeadline = registration.deadline();
        e.invitationOnly = registration.invitationOnly();
        e.eventStatus = Objects.requireNonNullElse(in.eventStatus(), EventStatus.SCHEDULED);
        documents(Objects.requireNonNullElse(in.documents(), List.of()), e, checks);
    }

    /** Each document is an outside link or a media item, of any kind: a picture may be a download too. */
    private static void documents(List<EventInput.Document> documents, Event e, Checks checks) {
        e.documents.clear();
        for (int i = 0; i < documents.size(); i++) {
            EventInput.Document d = documents.get(i);
            if (d == null) {
                continue; // a bad field that the validator names (documents[0])
            }
            String field = "documents[" + i + "]";
            if ((d.url() == null) == (d.media() == null)) {
                checks.reject(field, "takes either url, an outside link, or media, the slug of a media item");
            } else if (d.media() != null && d.mediaType() != null) {
                checks.reject(field + ".mediaType", "is the media item's own; give it with url only");
            }
            e.documents.add(new EventDocument(d.title(), d.url(), d.mediaType(), checks.anyOne(Media.class, field + ".media", d.media())));
        }
    }

    /** An event known by its month or year only spans that whole month or year, as whole days. */
    private static void checkPrecision(EventInput in, ZoneId zone, Checks checks) {
        DatePrecision precision = Objects.requireNonNullElse(in.datePrecision(), DatePrecision.EXACT);
        if (precision == DatePrecision.EXACT || zone == null || in.startsAt() == null || in.endsAt() == null) {
            return;
        }
        LocalDate first = in.startsAt().atZoneSameInstant(zone).toLocalDate();
        LocalDate end = in.endsAt().atZoneSameInstant(zone).toLocalDate();
        boolean whole = precision == DatePrecision.MONTH
                ? first.getDayOfMonth() == 1 && end.equals(first.plusMonths(1))
                : first.getDayOfYear() == 1 && end.equals(first.plusYears(1));
        if (!in.allDay() || !whole) {
            checks.reject("datePrecision", "'" + ApiEnums.nameOf(precision) + "' needs allDay and startsAt/endsAt spanning "
                    + "the whole " + ApiEnums.nameOf(precision) + " at midnight in " + zone.getId()
                    + ", such as 2020-11-01T00:00:00+01:00 to 2020-12-01T00:00:00+01:00");
        }
    }

    /** A deleted media item leaves the events whose documents it was. */
    @Override
    protected List<Event> naming(Object deleted) {
        return deleted instanceof Media ? em.createQuery("select distinct e from Event e join e.documents d where d.media = :m", Event.class)
                .setParameter("m", deleted).getResultList() : List.of();
    }

    @Override
    protected void forget(Event e, Predicate<Object> gone) {
        e.documents.removeIf(d -> gone.test(d.media));
    }

    @Override
    protected Object own(String field, Event e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        return switch (field) {
            case "startsAt" -> e.startsAt.atZone(zone).toOffsetDateTime();
            case "endsAt" -> e.endsAt.atZone(zone).toOffsetDateTime();
            case "location" -> new EventView.Location(e.venue, e.city, e.country);
            case "registration" -> new EventView.Registration(e.registrationUrl, e.registrationDeadline, e.invitationOnly);
            case "documents" -> e.documents.stream()
                    .map(d -> new EventInput.Document(d.title, d.url, d.media == null ? null : d.media.slug, d.mediaType)).toList();
            default -> super.own(field, e);
        };
    }
}
