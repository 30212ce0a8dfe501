package org.cep.content.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** RFC 7396 JSON merge patch: applying one, and computing the one that turns a document into another. */
final class MergePatch {

    private MergePatch() {
    }

    /** The target with the patch applied, as RFC 7396 section 2 says; neither argument is changed. */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** The patch that turns {@code before} into {@code after} (both objects): changed fields, removed ones as null. */
    static ObjectNode diff(JsonNode before, JsonNode after) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        before.fieldNames().forEachRemaining(name -> {
            if (!after.has(name)) {
                patch.putNull(name);
            }
        });
        after.fields().forEachRemaining(field -> {
            JsonNode old = before.get(field.getKey());
            if (old == null || !old.equals(field.getValue())) {
                patch.set(field.getKey(), old != null && old.isObject() && field.getValue().isObject()
                        ? diff(old, field.getValue()) : field.getValue());
            }
        });
        return patch;
    }
}
