package org.cep.content.query;

import org.cep.content.common.Text;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.search.SearchTerms;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses the raw query parameters of one request, collecting every problem so that one answer names them all.
 * Query objects build their filter in {@link #parse}.
 */
public final class Params {

    /** Stands in the contract's texts for the configured {@code content.time-zone}, which the contract puts there. */
    public static final String SITE_TIME_ZONE = "{content.time-zone}";
    public static final String DATE_FORMS =
            "use a date (YYYY-MM-DD) or a date-time with its offset, such as 2025-01-31T09:00:00+01:00";
    private static final String NOT_A_CURSOR = "is not a cursor of this API (altered, cut short or made up): pass the "
            + "nextCursor of a page as it came, or leave after out to start from the first page";
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<InvalidParam> errors = new ArrayList<>();

    private Params() {
    }

    /** What {@code build} makes of one request's parameters; a 400 naming every one it rejected, in the order it met them. */
    public static <T> T parse(Function<Params, T> build) {
        Params params = new Params();
        T parsed = build.apply(params);
        params.check();
        return parsed;
    }

    public void reject(String name, String reason) {
        errors.add(InvalidParam.query(name, reason));
    }

    private void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(errors);
        }
    }

    public PageRequest page(String page, String size, String sort, Sort.Fields sortFields, int defaultSize) {
        int number = integer("page", page, 1, 1, PageRequest.MAX_PAGE);
        int pageSize = integer("size", size, defaultSize, 1, PageRequest.MAX_SIZE);
        String sortValue = blank(sort) ? sortFields.defaultValue() : sort;
        Sort order = sortFields.parse(sortValue);
        if (order == null) {
            reject("sort", "unknown sort field '" + sort + "'; accepted: " + String.join(", ", sortFields.accepted()));
        }
        return new PageRequest(number, pageSize, order);
    }

    /**
     * The request continued after a cursor, which must have been made for the same query object's collection, sort
     * and filters; the request as it is when there is none.
     */
    public PageRequest after(String value, PageRequest request, Object query) {
        PageRequest walk = request.madeFor(Cursor.filtersOf(query));
        if (blank(value) || walk.sort() == null) {
            return walk;
        }
        if (!walk.sort().walkable()) {
            reject("after", "cannot continue an order by relevance, which has no place to resume from: page through it with page, "
                    + "or give sort a field to walk with after");
            return walk;
        }
        Optional<Cursor> cursor = value.length() > Cursor.MAX_LENGTH ? Optional.empty() : Cursor.decode(value);
        String problem = walk.number() > 1
                ? "cannot be combined with page=" + walk.number() + ": a cursor says where the page starts; leave page out"
                : cursor.map(c -> mismatch(c, walk)).orElse(NOT_A_CURSOR);
        if (!problem.isEmpty()) {
            reject("after", problem);
            return walk;
        }
        return walk.after(cursor.get());
    }

    /** Why the cursor does not fit the request, or nothing. */
    private static String mismatch(Cursor cursor, PageRequest request) {
        String keepTheQuery = ": keep the query of the page it came from (only size and fields may change), or leave after out to start again";
        if (cursor.keys().size() != request.sort().keyCount()) {
            return NOT_A_CURSOR;
        } else if (!cursor.sort().equals(request.sort().value())) {
            return "was made for sort=" + cursor.sort() + ", not sort=" + request.sort().value() + keepTheQuery;
        } else if (!cursor.filters().equals(request.filters())) {
            return "was made for other filters than this request's" + keepTheQuery;
        }
        return "";
    }

    public int integer(String name, String value, int defaultValue, int min, int max) {
        if (blank(value)) {
            return defaultValue;
        }
        return integers(name, List.of(value), min, max).stream().findFirst().orElse(defaultValue);
    }

    public boolean flag(String name, String value) {
        if (blank(value) || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        reject(name, "must be true or false, was '" + value + "'");
        return false;
    }

    /** Lower-case slugs, each checked for form; a slug that names nothing simply matches nothing. */
    public Set<String> slugs(String name, List<String> values) {
        return each(name, values, value -> Optional.ofNullable(value).filter(Text::isSlug),
                value -> "'" + value + "' is not a slug: lower-case letters, digits and single hyphens, such as violent-extremism");
    }

    public String slug(String name, String value) {
        if (blank(value)) {
            return null;
        }
        Set<String> slugs = slugs(name, List.of(value));
        return slugs.isEmpty() ? null : value;
    }

    public <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
        return each(name, values, value -> ApiEnums.parse(type, value),
                value -> "unknown value '" + value + "'; accepted: " + String.join(", ", ApiEnums.names(type)));
    }

    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type, E defaultValue) {
        if (blank(value)) {
            return defaultValue;
        }
        Set<E> parsed = enums(name, List.of(value), type);
        return parsed.isEmpty() ? defaultValue : parsed.iterator().next();
    }

    /** Values each one of {@code accepted}. */
    public Set<String> among(String name, List<String> values, List<String> accepted) {
        return each(name, values, value -> Optional.ofNullable(value).filter(accepted::contains),
                value -> "unknown value '" + value + "'; accepted: " + String.join(", ", accepted));
    }

    /** Whole numbers, each from {@code min} to {@code max}. */
    public Set<Integer> integers(String name, List<String> values, int min, int max) {
        return each(name, values, value -> whole(value).filter(number -> number >= min && number <= max),
                value -> "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }

    public Set<String> countries(String name, List<String> values) {
        return each(name, values, value -> Optional.of(value.toUpperCase(Locale.ROOT))
                        .filter(code -> COUNTRY.matcher(code).matches() && ISO_COUNTRIES.contains(code)),
                value -> "'" + value + "' is not an ISO 3166-1 alpha-2 country code, such as BE or AT");
    }

    /** The values that parse, in order and each once; every other one rejected with its reason. */
    private <T> Set<T> each(String name, List<String> values, Function<String, Optional<T>> parse, Function<String, String> reason) {
        Set<T> parsed = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            parse.apply(value).ifPresentOrElse(parsed::add, () -> reject(name, reason.apply(value)));
        }
        return parsed;
    }

    /** Free text of at most 200 characters; {@code null} when absent. */
    public String text(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 200) {
            reject(name, "must be at most 200 characters, was " + value.length());
            return null;
        }
        return value.strip();
    }

    /** Words to search for, folded like the stored text; empty when there is nothing to search. */
    public List<String> words(String name, String value) {
        String text = text(name, value);
        return text == null ? List.of() : List.of(Text.fold(text).split("\\s+"));
    }

    /** A web search's terms ({@link SearchTerms}); none when absent, a rejection when it holds no word. */
    public SearchTerms search(String name, String value) {
        String text = text(name, value);
        SearchTerms terms = SearchTerms.parse(text);
        if (text != null && terms.isEmpty()) {
            reject(name, "holds no word to search for: give letters or digits, such as orell");
        }
        return terms;
    }

    /** A {@code from}/{@code to} pair: a bare date is a whole calendar day in {@code zone}. */
    public DateRange range(String from, String to, ZoneId zone) {
        Instant start = blank(from) ? null : instant("from", from, zone, false);
        Instant end = blank(to) ? null : instant("to", to, zone, true);
        if (start != null && end != null && !start.isBefore(end)) {
            reject("from", "must not be after 'to' (" + from + " is after " + to + ")");
        }
        return new DateRange(start, end, zone);
    }

    private Instant instant(String name, String value, ZoneId zone, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            // The database keeps microseconds: one more makes an inclusive end exclusive.
            return end ? instant.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : instant;
        } catch (DateTimeException e) {
            reject(name, "'" + value + "' is not a date or date-time: " + DATE_FORMS);
            return null;
        }
    }

    private static Optional<Integer> whole(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
