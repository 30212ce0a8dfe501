package org.cep.content.feeds;

/** The contract's section that the three feed resources share: its name and what it holds. */
final class Feeds {

    static final String TAG = "Feeds";
    static final String ABOUT = "Events as iCalendar and news as Atom, RSS and JSON Feed, for calendar applications, feed readers and partner sites.";

    private Feeds() {
    }
}
