package org.cep.content.seeds;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On an empty database, a mistake only the writers find stops the first load with the writer's reason, naming
 * the file, the item and the field as the file calls it, and leaves the database empty: no item, no change, no
 * marker, though the items before it had been written.
 */
@QuarkusTest
@TestProfile(SeedRefusalsTest.EmptyDatabase.class)
class SeedRefusalsTest {

    @Inject
    SeedLoader loader;

    @Inject
    Stored stored;

    @TempDir
    Path folder;

    @Test
    void an_event_without_a_title_is_named_with_its_file_and_field() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "events.yaml", yaml -> yaml.replaceFirst("(?m)^  title: .*\\n", ""));
        assertRefused("events.yaml: 'first-help-radicalisation-prevention-seminar': field 'title': must not be blank");
    }

    @Test
    void an_unknown_tag_is_named() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "news.yaml", yaml -> yaml.replaceFirst("(?m)^  tags: \\[", "  tags: [no-such-tag, "));
        assertRefused("news.yaml: 'cep-presents-the-four-winners-of-the-cep-awards-2025': field 'tags[0]': there is no tag 'no-such-tag'");
    }

    @Test
    void a_speaker_who_does_not_exist_is_named() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "events.yaml", yaml -> yaml.replaceFirst("(?m)^  speakers: \\[", "  speakers: [nobody-at-all, "));
        assertRefused("events.yaml: 'seminar-on-deradicalization-and-rehabilitation': field 'speakers[0]': there is no person 'nobody-at-all'");
    }

    @Test
    void an_events_field_is_named_as_the_file_names_it() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "events.yaml", yaml -> yaml.replaceFirst("(?m)^  country: FR$", "  country: XX"));
        assertRefused("events.yaml: 'first-help-radicalisation-prevention-seminar': field 'country': is not an ISO 3166-1");
    }

    private void assertRefused(String expected) {
        SeedException refused = assertThrows(SeedException.class, () -> loader.load(SeedFiles.in(folder)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertTrue(stored.counts().values().stream().allMatch(n -> n == 0), "nothing is stored: " + stored.counts());
        assertEquals(0L, stored.markers());
    }

    /** No seeds at start, so the database is empty and a load gets as far as the writers. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.seed.enabled", "false");
        }
    }
}
