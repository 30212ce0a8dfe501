package org.cep.content.items;

/** An item that not every reference may name, such as a document where a picture is asked for. */
public interface Referable {

    /** Why this item cannot stand where a body names it, or {@code null} when it can. */
    String refusal();
}
