package org.cep.content.feeds;

import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.ItemQuery;

import java.util.List;

/** The contract's section that the three feed resources share: its name and what it holds. */
final class Feeds {

    static final String TAG = "Feeds";
    static final String ABOUT = "Events as iCalendar and news as Atom, RSS and JSON Feed, for calendar applications, feed readers and partner sites.";

    private Feeds() {
    }

    /** A feed takes its collection's query, whose {@code fields} it refuses: its entries have its format's fields. */
    static void refuseFields(ItemQuery<?> query) {
        if (query.fields() != null) {
            throw ProblemException.invalidParameters(List.of(InvalidParam.query("fields",
                    "a feed's entries have the fields of its format; fields applies to the JSON collections")));
        }
    }
}
