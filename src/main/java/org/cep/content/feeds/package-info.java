/** Feeds for partner sites: the events as iCalendar, the news as Atom, RSS and JSON Feed, and the embeddable events widget. */
package org.cep.content.feeds;
