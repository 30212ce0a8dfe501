package org.cep.content.seeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.cep.content.query.ApiEnums;
import org.cep.content.common.Text;
import org.cep.content.events.Attendance;
import org.cep.content.events.DatePrecision;
import org.cep.content.events.Event;
import org.cep.content.events.EventDocument;
import org.cep.content.events.EventKind;
import org.cep.content.events.EventStatus;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.news.MediaKind;
import org.cep.content.news.NewsItem;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.projects.ProjectState;
import org.cep.content.seeds.Seeds.EventSeed;
import org.cep.content.seeds.Seeds.ExpertGroupSeed;
import org.cep.content.seeds.Seeds.NewsSeed;
import org.cep.content.seeds.Seeds.PersonSeed;
import org.cep.content.seeds.Seeds.ProjectSeed;
import org.cep.content.seeds.Seeds.TagSeed;
import org.cep.content.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the seed files into unsaved entities, checking every field and reference on the way.
 * Nothing touches the database here, so a file with a mistake can never leave half its content behind.
 */
final class SeedReader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ZoneId siteZone;
    private final List<String> problems = new ArrayList<>();
    final Map<String, Tag> tags = new LinkedHashMap<>();
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, Project> projects = new LinkedHashMap<>();
    final Map<String, ExpertGroup> groups = new LinkedHashMap<>();
    final Map<String, Event> events = new LinkedHashMap<>();
    final Map<String, NewsItem> news = new LinkedHashMap<>();

    /** Where the current item sits, for messages: file and slug. */
    private String file;
    private String item;

    private SeedReader(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** Reads and checks every file; throws a {@link SeedException} listing every mistake found. */
    static SeedReader read(SeedFiles files, ZoneId siteZone) {
        SeedReader reader = new SeedReader(siteZone);
        reader.readAll(files, "tags.yaml", TagSeed[].class, TagSeed::slug, reader.tags, reader::tag);
        reader.readAll(files, "people.yaml", PersonSeed[].class, PersonSeed::slug, reader.people, reader::person);
        reader.readAll(files, "projects.yaml", ProjectSeed[].class, ProjectSeed::slug, reader.projects, reader::project);
        reader.readAll(files, "expert-groups.yaml", ExpertGroupSeed[].class, ExpertGroupSeed::slug, reader.groups, reader::group);
        reader.readAll(files, "events.yaml", EventSeed[].class, EventSeed::slug, reader.events, reader::event);
        reader.readAll(files, "news.yaml", NewsSeed[].class, NewsSeed::slug, reader.news, reader::newsItem);
        if (!reader.problems.isEmpty()) {
            throw new SeedException(reader.problems);
        }
        return reader;
    }

    private <S, E> void readAll(SeedFiles files, String name, Class<S[]> type, Function<S, String> slugOf,
                                Map<String, E> into, Function<S, E> convert) {
        file = name;
        item = null;
        S[] seeds = parse(files, name, type);
        for (int i = 0; i < seeds.length; i++) {
            String slug = slugOf.apply(seeds[i]);
            item = slug == null ? "item " + (i + 1) : "'" + slug + "'";
            if (slug == null) {
                problem("slug", "is missing");
                continue;
            }
            if (!Text.isSlug(slug)) {
                problem("slug", "must be lower-case letters, digits and single hyphens");
            }
            E entity = convert.apply(seeds[i]);
            if (into.put(slug, entity) != null) {
                problem("slug", "is used by another item of this file");
            }
        }
    }

    private <S> S[] parse(SeedFiles files, String name, Class<S[]> type) {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                problems.add(name + ": the file is missing");
                return emptyArray(type);
            }
            S[] seeds = YAML.readValue(in, type);
            return seeds == null ? emptyArray(type) : seeds;
        } catch (JsonMappingException e) {
            problems.add(name + ": field '" + path(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid YAML at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
        return emptyArray(type);
    }

    @SuppressWarnings("unchecked")
    private static <S> S[] emptyArray(Class<S[]> type) {
        return (S[]) java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[item " + (ref.getIndex() + 1) + "]");
        }
        return path.toString().replaceFirst("^\\.", "");
    }

    private Tag tag(TagSeed seed) {
        Tag tag = new Tag();
        tag.slug = seed.slug();
        tag.label = required("label", seed.label());
        return tag;
    }

    private Person person(PersonSeed seed) {
        Person person = new Person();
        person.slug = seed.slug();
        person.honorific = seed.honorific();
        person.givenName = required("givenName", seed.givenName());
        person.familyName = required("familyName", seed.familyName());
        person.role = seed.role();
        person.organisation = seed.organisation();
        person.country = country("country", seed.country());
        person.bio = seed.bio();
        person.tags.addAll(refs("tags", seed.tags(), tags, "tag"));
        return person;
    }

    private Project project(ProjectSeed seed) {
        Project project = new Project();
        project.slug = seed.slug();
        project.title = required("title", seed.title());
        project.acronym = seed.acronym();
        project.summary = seed.summary();
        project.body = seed.body();
        project.startDate = date("startDate", seed.startDate());
        project.endDate = date("endDate", seed.endDate());
        if (project.startDate != null && project.endDate != null && project.endDate.isBefore(project.startDate)) {
            problem("endDate", "is before startDate");
        }
        project.state = constant("state", required("state", seed.state()), ProjectState.class);
        project.website = url("website", seed.website());
        project.funders.addAll(list(seed.funders()));
        project.partners.addAll(list(seed.partners()));
        project.objectives.addAll(list(seed.objectives()));
        project.targetGroups.addAll(list(seed.targetGroups()));
        project.activities.addAll(list(seed.activities()));
        project.people.addAll(refs("people", seed.people(), people, "person"));
        project.tags.addAll(refs("tags", seed.tags(), tags, "tag"));
        return project;
    }

    private ExpertGroup group(ExpertGroupSeed seed) {
        ExpertGroup group = new ExpertGroup();
        group.slug = seed.slug();
        group.name = required("name", seed.name());
        group.description = seed.description();
        group.since = seed.since();
        group.chairs.addAll(refs("chairs", seed.chairs(), people, "person"));
        group.members.addAll(refs("members", seed.members(), people, "person"));
        group.tags.addAll(refs("tags", seed.tags(), tags, "tag"));
        return group;
    }

    private Event event(EventSeed seed) {
        Event event = new Event();
        event.slug = seed.slug();
        event.title = required("title", seed.title());
        event.kind = constant("kind", required("kind", seed.kind()), EventKind.class);
        event.summary = seed.summary();
        event.body = seed.body();
        event.timeZone = required("timeZone", seed.timeZone());
        ZoneId zone = zone(event.timeZone);
        span(event, zone, required("start", seed.start()), required("end", seed.end()));
        event.datePrecision = seed.datePrecision() == null ? DatePrecision.EXACT
                : constant("datePrecision", seed.datePrecision(), DatePrecision.class);
        event.venue = seed.venue();
        event.city = seed.city();
        event.country = country("country", seed.country());
        event.attendance = constant("attendance", required("attendance", seed.attendance()), Attendance.class);
        event.joinUrl = url("joinUrl", seed.joinUrl());
        if (seed.registration() != null) {
            event.registrationUrl = url("registration.url", seed.registration().url());
            event.registrationDeadline = date("registration.deadline", seed.registration().deadline());
            event.invitationOnly = Boolean.TRUE.equals(seed.registration().invitationOnly());
        }
        event.eventStatus = seed.status() == null ? EventStatus.SCHEDULED : constant("status", seed.status(), EventStatus.class);
        event.speakers.addAll(refs("speakers", seed.speakers(), people, "person"));
        event.project = ref("project", seed.project(), projects, "project");
        event.expertGroup = ref("expertGroup", seed.expertGroup(), groups, "expert group");
        for (Seeds.DocumentSeed document : list(seed.documents())) {
            event.documents.add(new EventDocument(required("documents.title", document.title()),
                    url("documents.url", required("documents.url", document.url())), document.mediaType()));
        }
        event.tags.addAll(refs("tags", seed.tags(), tags, "tag"));
        return event;
    }

    /** A whole-day event gives dates, its last day inclusive; a timed one gives local date-times. */
    private void span(Event event, ZoneId zone, String start, String end) {
        if (start == null || end == null || zone == null) {
            return;
        }
        event.allDay = start.length() == 10;
        if (event.allDay != (end.length() == 10)) {
            problem("end", "must have the same form as start: both dates or both date-times");
            return;
        }
        try {
            if (event.allDay) {
                event.startsAt = LocalDate.parse(start).atStartOfDay(zone).toInstant();
                event.endsAt = LocalDate.parse(end).plusDays(1).atStartOfDay(zone).toInstant();
            } else {
                event.startsAt = LocalDateTime.parse(start).atZone(zone).toInstant();
                event.endsAt = LocalDateTime.parse(end).atZone(zone).toInstant();
            }
        } catch (DateTimeException e) {
            problem("start", "'" + start + "' or end '" + end + "' is not a date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:MM)");
            return;
        }
        if (!event.endsAt.isAfter(event.startsAt)) {
            problem("end", "is not after start");
        }
    }

    private NewsItem newsItem(NewsSeed seed) {
        NewsItem item = new NewsItem();
        item.slug = seed.slug();
        item.title = required("title", seed.title());
        item.summary = seed.summary();
        item.body = seed.body();
        item.publishedAt = instant("publishedAt", required("publishedAt", seed.publishedAt()));
        item.tags.addAll(refs("tags", seed.tags(), tags, "tag"));
        item.author = ref("author", seed.author(), people, "person");
        item.project = ref("project", seed.project(), projects, "project");
        item.event = ref("event", seed.event(), events, "event");
        item.expertGroup = ref("expertGroup", seed.expertGroup(), groups, "expert group");
        item.people.addAll(refs("people", seed.people(), people, "person"));
        if (seed.media() != null) {
            item.mediaKind = constant("media.kind", required("media.kind", seed.media().kind()), MediaKind.class);
            item.mediaUrl = url("media.url", required("media.url", seed.media().url()));
            item.mediaTitle = seed.media().title();
        }
        return item;
    }

    private void problem(String field, String message) {
        problems.add(file + ": " + item + ": field '" + field + "' " + message);
    }

    private String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is missing");
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        Optional<E> constant = ApiEnums.parse(type, value);
        if (constant.isEmpty()) {
            problem(field, "is '" + value + "'; accepted: " + String.join(", ", ApiEnums.names(type)));
        }
        return constant.orElse(null);
    }

    private LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            problem(field, "is '" + value + "', not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A date is the start of that day in the site's time zone; a date-time must carry its offset. */
    private Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(siteZone).toInstant() : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            problem(field, "is '" + value + "', not a date (YYYY-MM-DD) or a date-time with offset");
            return null;
        }
    }

    private ZoneId zone(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            problem("timeZone", "is '" + value + "', not an IANA time zone such as Europe/Brussels");
            return null;
        }
    }

    private String country(String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            problem(field, "is '" + value + "', not an ISO 3166-1 alpha-2 code such as BE");
        }
        return value;
    }

    private String url(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (Arrays.asList("http", "https").contains(uri.getScheme()) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problem(field, "is '" + value + "', not an http(s) URL");
        return value;
    }

    private <E> E ref(String field, String slug, Map<String, E> known, String what) {
        if (slug == null) {
            return null;
        }
        E found = known.get(slug);
        if (found == null) {
            problem(field, "names " + what + " '" + slug + "', which the seeds do not define");
        }
        return found;
    }

    private <E> List<E> refs(String field, List<String> slugs, Map<String, E> known, String what) {
        List<E> found = new ArrayList<>();
        for (String slug : list(slugs)) {
            E entity = ref(field, slug, known, what);
            if (entity != null && !found.contains(entity)) {
                found.add(entity);
            }
        }
        return found;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
