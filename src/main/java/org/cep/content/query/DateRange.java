package org.cep.content.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The span a {@code from}/{@code to} filter asks for, both ends inclusive as given, held as
 * {@code [from, toExclusive)} instants. Either end may be open ({@code null}).
 */
public record DateRange(Instant from, Instant toExclusive, ZoneId zone) {

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
