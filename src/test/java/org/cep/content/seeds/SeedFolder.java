package org.cep.content.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A folder holding a copy of the packaged seed files, for a test to break one of them. */
final class SeedFolder {

    private SeedFolder() {
    }

    static void copyPackaged(Path folder) throws IOException {
        for (Seeds.Kind<?> kind : Seeds.KINDS) {
            try (InputStream in = SeedFiles.packaged().open(kind.file())) {
                Files.copy(in, folder.resolve(kind.file()));
            }
        }
    }

    static void edit(Path folder, String name, UnaryOperator<String> change) throws IOException {
        Path file = folder.resolve(name);
        String before = Files.readString(file);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the test's edit must change " + name);
        Files.writeString(file, after);
    }
}
