package org.cep.content.seeds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.events.EventInput;
import org.cep.content.expertgroups.ExpertGroupInput;
import org.cep.content.items.ItemInput;
import org.cep.content.news.NewsInput;
import org.cep.content.people.PersonInput;
import org.cep.content.projects.ProjectInput;
import org.cep.content.tags.TagInput;

import java.time.ZoneId;
import java.util.List;

/**
 * The seed files, in the order their items are written (an item names only items of the files before it), and
 * the API body each file's items become.
 */
final class Seeds {

    static final List<Kind<?>> KINDS = List.of(
            new Kind<>("tags.yaml", "tags", TagInput.class, (tag, siteZone) -> tag),
            new Kind<>("people.yaml", "people", PersonInput.class, (person, siteZone) -> published(person)),
            new Kind<>("projects.yaml", "projects", ProjectInput.class, (project, siteZone) -> published(project)),
            new Kind<>("expert-groups.yaml", "expert groups", ExpertGroupInput.class, (group, siteZone) -> published(group)),
            new Kind<>("events.yaml", "events", EventInput.class, new EventSeeds()),
            new Kind<>("news.yaml", "news items", NewsInput.class, new NewsSeeds()));

    private Seeds() {
    }

    /**
     * One seed file and the body its items become.
     *
     * @param items what the items are, in words, for the log
     */
    record Kind<I extends ItemInput>(String file, String items, Class<I> input, Shape shape) {

        /** One line per offending field, naming the file, the item and the field as the file calls it. */
        List<String> problems(String item, ProblemException problem) {
            if (problem.errors().isEmpty()) {
                return List.of(file + ": " + item + ": " + problem.getMessage());
            }
            return problem.errors().stream()
                    .map(error -> file + ": " + item + ": field '" + shape.fieldInFile(error.name()) + "': " + error.reason())
                    .toList();
        }
    }

    /** How an item, as people write it in its file, becomes the body the API takes. */
    @FunctionalInterface
    interface Shape {

        /** The body, made from the item in place; a value that cannot be turned is {@link #refused}. */
        ObjectNode body(ObjectNode item, ZoneId siteZone);

        /** What the file calls a field of the body, such as {@code location.country}. */
        default String fieldInFile(String field) {
            return field;
        }
    }

    /** One item of a seed file as the body its writer takes; {@code label} names it in messages. */
    record Seed<I extends ItemInput>(Kind<I> kind, String label, I input) {
    }

    /** Seed content is public from the first start: an item that gives no publication status is published. */
    static ObjectNode published(ObjectNode item) {
        if (!item.has("status")) {
            item.put("status", "published");
        }
        return item;
    }

    static ProblemException refused(String field, String reason) {
        return ProblemException.invalidContent(List.of(InvalidParam.body(field, reason)));
    }
}
