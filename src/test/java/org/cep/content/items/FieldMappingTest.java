package org.cep.content.items;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A body field that no entity field takes, and that its writer does not map either, stops the start-up. */
class FieldMappingTest {

    public static class Thing {
        private String title;
        private int size;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public int getSize() {
            return size;
        }

        public void setSize(int size) {
            this.size = size;
        }
    }

    public record ThingInput(String title, int size) {
    }

    public record WiderInput(String title, String colour) {
    }

    @Test
    void fields_of_the_same_name_and_type_are_copied_both_ways() {
        FieldMapping<Thing, ThingInput> mapping = new FieldMapping<>(Thing.class, ThingInput.class, Set.of());
        Thing thing = new Thing();
        mapping.apply(new ThingInput("Annual conference", 3), thing, null);
        assertEquals("Annual conference", thing.getTitle());
        assertEquals(3, thing.getSize());
        assertEquals(new ThingInput("Annual conference", 3), mapping.input(thing, (field, item) -> null));
    }

    @Test
    void a_field_nobody_maps_is_named() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new FieldMapping<>(Thing.class, WiderInput.class, Set.of()));
        assertEquals("WiderInput's fields [colour] have no field of the same name and type in Thing, so its writer"
                + " must map them itself; it maps []", refused.getMessage());
    }

    @Test
    void a_writer_cannot_claim_a_field_the_body_does_not_have() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new FieldMapping<>(Thing.class, ThingInput.class, Set.of("colour")));
        assertEquals("the writer of ThingInput maps fields it does not have: [colour]", refused.getMessage());
    }

    @Test
    void a_field_the_writer_maps_is_taken_from_it() {
        FieldMapping<Thing, WiderInput> mapping = new FieldMapping<>(Thing.class, WiderInput.class, Set.of("colour"));
        Thing thing = new Thing();
        thing.setTitle("Seminar");
        assertEquals(new WiderInput("Seminar", "blue"), mapping.input(thing, (field, item) -> "blue"));
    }
}
