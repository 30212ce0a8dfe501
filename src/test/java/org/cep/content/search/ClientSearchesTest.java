package org.cep.content.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each address gets its own places, and is tracked only while one of its searches runs. */
class ClientSearchesTest {

    @Test
    void an_address_runs_as_many_searches_as_allowed_and_is_forgotten_when_the_last_ends() throws InterruptedException {
        ClientSearches searches = new ClientSearches(2);
        assertTrue(searches.enter("198.51.100.1", 0));
        assertTrue(searches.enter("198.51.100.1", 0));
        assertFalse(searches.enter("198.51.100.1", 1_000_000), "a third from the same address");
        assertTrue(searches.enter("198.51.100.2", 0), "another address");
        assertEquals(2, searches.running.size());

        searches.leave("198.51.100.1");
        assertTrue(searches.enter("198.51.100.1", 0), "a place given back is taken again");
        searches.leave("198.51.100.1");
        searches.leave("198.51.100.1");
        searches.leave("198.51.100.2");
        assertTrue(searches.running.isEmpty());
    }
}
