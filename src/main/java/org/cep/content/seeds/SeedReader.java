package org.cep.content.seeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.ItemInput;
import org.cep.content.seeds.Seeds.Kind;
import org.cep.content.seeds.Seeds.Seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the seed files into the bodies the API's writers take, with the API's own JSON mapping, so that an
 * unknown field or a value of the wrong type is refused as in a write body. Nothing touches the database here.
 */
@ApplicationScoped
class SeedReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    @Inject
    ObjectMapper json;

    @Inject
    ContentConfig config;

    /** Every item of every file, in the order they are written; a {@link SeedException} names each one that cannot be read. */
    List<Seed<?>> read(SeedFiles files) {
        List<Seed<?>> seeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Kind<?> kind : Seeds.KINDS) {
            read(files, kind, seeds, problems);
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return seeds;
    }

    private <I extends ItemInput> void read(SeedFiles files, Kind<I> kind, List<Seed<?>> seeds, List<String> problems) {
        List<JsonNode> items = parse(files, kind.file(), problems);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String label = item.path("slug").isTextual() ? "'" + item.get("slug").asText() + "'" : "item " + (i + 1);
            if (!(item instanceof ObjectNode fields)) {
                problems.add(kind.file() + ": " + label + ": is not a mapping of fields to values");
                continue;
            }
            try {
                seeds.add(new Seed<>(kind, label, body(kind, fields)));
            } catch (ProblemException e) {
                problems.addAll(kind.problems(label, e));
            }
        }
    }

    private <I extends ItemInput> I body(Kind<I> kind, ObjectNode item) {
        try {
            return json.treeToValue(kind.shape().body(item, config.timeZone()), kind.input());
        } catch (JsonProcessingException e) {
            throw ProblemException.unreadable(e);
        }
    }

    private static List<JsonNode> parse(SeedFiles files, String name, List<String> problems) {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                problems.add(name + ": the file is missing");
                return List.of();
            }
            JsonNode items = YAML.readTree(in);
            if (items == null || items.isMissingNode() || items.isNull()) {
                return List.of();
            }
            if (!items.isArray()) {
                problems.add(name + ": is not a list of items");
                return List.of();
            }
            List<JsonNode> list = new ArrayList<>();
            items.forEach(list::add);
            return list;
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid YAML at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
        return List.of();
    }
}
