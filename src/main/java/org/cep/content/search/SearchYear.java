package org.cep.content.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field that dates an item for the site-wide search's {@code year}: a moment (read in the site's time zone),
 * a date, or a year as a number. An item without one has no year.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SearchYear {

    /** The field, declared on the entity or a class it extends. */
    String value();
}
