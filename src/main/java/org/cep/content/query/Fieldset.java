package org.cep.content.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code fields=}, sparse fieldsets: the fields of each listed item that this request's answer keeps. A collection
 * parses the parameter against its items' fields; {@link FieldsetFilter} then drops the others as the page is written.
 */
@RequestScoped
public class Fieldset {

    private Set<String> kept;
    private final Map<String, List<String>> added = new LinkedHashMap<>();

    /** Keeps the fields {@code fields} names, comma-separated, from those of {@code accepted}; any other is a 400. */
    public void keep(String fields, List<String> accepted) {
        if (fields == null) {
            return;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String field : fields.split(",", -1)) {
            if (!accepted.contains(field.strip())) {
                throw ProblemException.invalidParameters(List.of(InvalidParam.query("fields", (field.isBlank()
                        ? "names an empty field" : "has no field '" + field.strip() + "'")
                        + "; accepted, comma-separated: " + String.join(", ", accepted))));
            }
            asked.add(field.strip());
        }
        kept = asked;
    }

    /**
     * Adds a field that the items' views do not have, its value for each item of the page (null leaves it out), and
     * hands the page on.
     */
    public <T> Page<T> adding(String field, Page<T> page, Function<T, String> value) {
        List<String> values = page.items().stream().map(value).toList();
        if (values.stream().anyMatch(Objects::nonNull)) {
            added.put(field, values);
        }
        return page;
    }

    /** The page as JSON with the added fields and only the kept fields of each item; null when it is as written. */
    JsonNode apply(Page<?> page, ObjectMapper mapper) {
        if (kept == null && added.isEmpty()) {
            return null;
        }
        JsonNode written = mapper.valueToTree(page);
        for (int i = 0; i < written.get("items").size(); i++) {
            ObjectNode item = (ObjectNode) written.get("items").get(i);
            for (Map.Entry<String, List<String>> field : added.entrySet()) {
                if (field.getValue().get(i) != null) {
                    item.put(field.getKey(), field.getValue().get(i));
                }
            }
            if (kept != null) {
                item.retain(kept);
            }
        }
        return written;
    }
}
