package org.cep.content.tags;

import jakarta.persistence.Entity;
import org.cep.content.common.Keyed;

/** A topic that any item can carry, such as Violent Extremism. */
@Entity
public class Tag extends Keyed {

    public String slug;

    public String label;
}
