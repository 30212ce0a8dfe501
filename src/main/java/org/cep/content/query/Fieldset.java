package org.cep.content.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code fields=}, sparse fieldsets: the fields of each listed item that this request's answer keeps. A collection
 * parses the parameter against its items' fields; {@link FieldsetFilter} then drops the others as the page is written.
 */
@RequestScoped
public class Fieldset {

    private Set<String> kept;

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

    /** The page as JSON with only the kept fields of each item; null when every field is kept. */
    JsonNode apply(Page<?> page, ObjectMapper mapper) {
        if (kept == null) {
            return null;
        }
        JsonNode written = mapper.valueToTree(page);
        written.get("items").forEach(item -> ((ObjectNode) item).retain(kept));
        return written;
    }
}
