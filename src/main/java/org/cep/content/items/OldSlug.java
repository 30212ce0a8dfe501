package org.cep.content.items;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A slug an item had before it was renamed. */
@Entity(name = "SlugHistory")
@Table(name = "slug_history")
@IdClass(OldSlug.Key.class)
class OldSlug {

    @Id
    String resource;

    @Id
    String oldSlug;

    Long itemId;

    protected OldSlug() {
    }

    OldSlug(String resource, String oldSlug, Long itemId) {
        this.resource = resource;
        this.oldSlug = oldSlug;
        this.itemId = itemId;
    }

    /** The primary key: a slug is old once per collection. */
    record Key(String resource, String oldSlug) implements Serializable {
    }
}
