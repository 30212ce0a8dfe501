package org.cep.content.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.media.Media;
import org.cep.content.query.ApiEnums;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Writes events: their fields, speakers, project, expert group, documents and tags. */
@ApplicationScoped
class EventWriter extends ItemWriter<Event, EventInput, EventView> {

    EventWriter() {
        super(Events.TYPE);
    }

    @Override
    protected void apply(EventInput in, Event e, Checks checks) {
        e.image = Media.picture(checks, "image", in.image());
        if (in.startsAt() != null && in.endsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            checks.reject("endsAt", "must be after startsAt (" + in.startsAt() + ")");
        }
        ZoneId zone = checks.zone("timeZone", in.timeZone());
        checkPrecision(in, zone, checks);
        if (in.joinUrl() != null && in.attendance() == Attendance.IN_PERSON) {
            checks.reject("joinUrl", "is for online and hybrid events; this one's attendance is in-person");
        }
        e.title = in.title();
        e.kind = in.kind();
        e.summary = in.summary();
        e.body = in.body();
        e.startsAt = in.startsAt() == null ? null : in.startsAt().toInstant();
        e.endsAt = in.endsAt() == null ? null : in.endsAt().toInstant();
        e.timeZone = zone == null ? null : zone.getId();
        e.allDay = in.allDay();
        e.datePrecision = Objects.requireNonNullElse(in.datePrecision(), DatePrecision.EXACT);
        EventView.Location location = Objects.requireNonNullElse(in.location(), new EventView.Location(null, null, null));
        e.venue = location.venue();
        e.city = location.city();
        e.country = location.country();
        e.attendance = in.attendance();
        e.joinUrl = in.joinUrl();
        EventView.Registration registration = Objects.requireNonNullElse(in.registration(), new EventView.Registration(null, null, false));
        e.registrationUrl = registration.url();
        e.registrationDeadline = registration.deadline();
        e.invitationOnly = registration.invitationOnly();
        e.eventStatus = Objects.requireNonNullElse(in.eventStatus(), EventStatus.SCHEDULED);
        e.speakers.clear();
        e.speakers.addAll(checks.all(Person.class, "speakers", in.speakers()));
        e.project = checks.one(Project.class, "project", in.project());
        e.expertGroup = checks.one(ExpertGroup.class, "expertGroup", in.expertGroup());
        e.documents.clear();
        // A null entry is a bad field that the validator names (documents[0]).
        Objects.requireNonNullElse(in.documents(), List.<EventView.Document>of()).stream().filter(Objects::nonNull)
                .forEach(d -> e.documents.add(new EventDocument(d.title(), d.url(), d.mediaType())));
        applyContent(in, e, checks);
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

    @Override
    protected EventInput input(Event e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        return new EventInput(e.slug, e.title, e.kind, e.summary, e.body, e.startsAt.atZone(zone).toOffsetDateTime(),
                e.endsAt.atZone(zone).toOffsetDateTime(), e.timeZone, e.allDay, e.datePrecision,
                new EventView.Location(e.venue, e.city, e.country), e.attendance, e.joinUrl, new EventView.Registration(e.registrationUrl, e.registrationDeadline, e.invitationOnly),
                e.eventStatus, slugs(e.speakers), slug(e.project), slug(e.expertGroup),
                e.documents.stream().map(d -> new EventView.Document(d.title, d.url, d.mediaType)).toList(),
                tagSlugs(e), e.status, e.publishedAt, slug(e.image));
    }
}
