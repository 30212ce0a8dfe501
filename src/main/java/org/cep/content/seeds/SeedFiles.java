package org.cep.content.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the seed files are read from: the application's own {@code seeds/}, or a folder. */
@FunctionalInterface
interface SeedFiles {

    /** The file's content, or {@code null} when there is no such file. */
    InputStream open(String name) throws IOException;

    static SeedFiles packaged() {
        return name -> SeedFiles.class.getClassLoader().getResourceAsStream("seeds/" + name);
    }

    static SeedFiles in(Path folder) {
        return name -> {
            Path file = folder.resolve(name);
            try {
                return Files.exists(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
