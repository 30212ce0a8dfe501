package org.cep.content.changes;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import org.cep.content.access.Editors;

/**
 * Who the change log names for the writes of the current transaction: the subject of the request's token,
 * unless the code writing names itself, as the seed loader does at start-up, where there is no request.
 */
@TransactionScoped
public class Actor {

    @Inject
    Editors editors;

    private String name;

    /** Names who makes this transaction's changes, in place of the request's token. */
    public void is(String name) {
        this.name = name;
    }

    String name() {
        return name != null ? name : editors.subject();
    }
}
