package org.cep.content.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The span a {@code from}/{@code to} filter asks for, both ends inclusive as given, held as
 * {@code [from, toExclusive)} instants. Either end may be open ({@code null}).
 */
public record DateRange(Instant from, Instant toExclusive, ZoneId zone) {

    /** What {@code from} and {@code to} accept, for the contract: a date, or a date-time with its offset. */
    public static final String DATE_OR_DATE_TIME =
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$";
    /** How {@code from} is written, for the contract, after what it matches. */
    public static final String FROM_FORMS =
            "A bare date is a calendar day in the site's time zone (" + Params.SITE_TIME_ZONE + "); a date-time must carry its offset.";
    /** How {@code to} is written, for the contract. */
    public static final String TO_FORMS = "Same forms as `from`.";

    public static final DateRange ALL = new DateRange(null, null, ZoneId.of("UTC"));

    public boolean isOpen() {
        return from == null && toExclusive == null;
    }

    /** The first calendar day of the range in the site's time zone, for date-valued fields. */
    public LocalDate fromDate() {
        return from == null ? null : LocalDate.ofInstant(from, zone);
    }

    /** The last calendar day of the range in the site's time zone, for date-valued fields. */
    public LocalDate toDate() {
        return toExclusive == null ? null : LocalDate.ofInstant(toExclusive.minusNanos(1), zone);
    }
}
