package org.cep.content.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** News items as their seed file writes them: {@code publishedAt} may be a date, the start of that day in the site's time zone. */
final class NewsSeeds implements Seeds.Shape {

    @Override
    public ObjectNode body(ObjectNode item, ZoneId siteZone) {
        JsonNode publishedAt = item.path("publishedAt");
        String text = publishedAt.asText();
        if (publishedAt.isTextual() && text.length() == 10) {
            try {
                item.put("publishedAt", LocalDate.parse(text).atStartOfDay(siteZone).toInstant().toString());
            } catch (DateTimeException e) {
                throw Seeds.refused("publishedAt", "'" + text + "' is not a date (YYYY-MM-DD) or a date-time with its offset");
            }
        }
        return Seeds.published(item);
    }
}
