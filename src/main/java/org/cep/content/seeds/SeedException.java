package org.cep.content.seeds;

import java.util.List;

/** A seed file that cannot be loaded; the message names each file, item and field at fault. */
public class SeedException extends RuntimeException {

    SeedException(List<String> problems) {
        super("CEP's seed content was not loaded, and the database was left as it was:\n  - " + String.join("\n  - ", problems));
    }
}
