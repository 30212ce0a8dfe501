package org.cep.content.items;

import java.time.Instant;
import java.util.List;

/** What the body of every item with a publication status has besides its slug: its tags, status and publication time. */
public interface ContentInput extends ItemInput {

    List<String> tags();

    PublicationStatus status();

    Instant publishedAt();
}
