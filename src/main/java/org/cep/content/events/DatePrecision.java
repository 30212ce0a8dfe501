package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of an event's dates is known: the announced days or times, or only the month or year it was held in. */
@Schema(name = "DatePrecision", description = "How much of the event's dates is known. `exact`: the days (and, unless "
        + "`allDay`, the times) are as announced. `month` or `year`: only the month or year is known, and `startsAt`/`endsAt` "
        + "span that whole month or year as whole days; show it as \"November 2020\", not as a range of days.",
        example = "exact")
public enum DatePrecision {
    @JsonProperty("exact") EXACT,
    @JsonProperty("month") MONTH,
    @JsonProperty("year") YEAR
}
