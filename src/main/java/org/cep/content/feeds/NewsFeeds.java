package org.cep.content.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.cep.content.items.Content;
import org.cep.content.media.Media;
import org.cep.content.news.NewsItem;
import org.cep.content.news.News;
import org.cep.content.people.PersonRef;
import org.cep.content.tags.TagRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Writes news as Atom (RFC 4287), RSS 2.0 and JSON Feed 1.1, with the same ids, links and content in each. */
final class NewsFeeds {

    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String JSON_FEED = "application/feed+json";
    static final String TITLE = "CEP news";
    static final String DESCRIPTION = "News of the Confederation of European Probation (CEP).";
    static final String CEP = "Confederation of European Probation";

    private NewsFeeds() {
    }

    /** What a feed needs from its request: its own and its home URL, absolute URLs of the API's paths, and now. */
    record Links(String self, String home, Function<String, String> absolute, Instant now) {
    }

    /** The entry's id: the item's identity, which outlives renames of its slug. */
    static String id(NewsItem item) {
        return "tag:cep-probation.org,2025:news-" + item.id;
    }

    static String atom(List<NewsItem> items, Links links) {
        return write(syndication("atom_1.0", items, links));
    }

    static String rss(List<NewsItem> items, Links links) {
        return write(syndication("rss_2.0", items, links));
    }

    static JsonFeed json(List<NewsItem> items, Links links) {
        return new JsonFeed(JsonFeed.VERSION, TITLE, links.home(), links.self(), DESCRIPTION, "en",
                List.of(new JsonFeed.Author(CEP, "https://www.cep-probation.org")),
                items.stream().map(item -> new JsonFeed.Item(id(item), link(item, links), item.title, item.bodyHtml(), item.summary,
                        picture(item, links).map(m -> links.absolute().apply(m.fileUrl())).orElse(null), item.publishedAt, item.updatedAt, author(item, links).stream().toList(), TagRef.labels(item.tags))).toList());
    }

    private static SyndFeed syndication(String type, List<NewsItem> items, Links links) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(TITLE);
        feed.setDescription(DESCRIPTION);
        feed.setLanguage("en");
        feed.setUri(links.self());
        feed.setLink(links.home());
        feed.setLinks(List.of(link("self", links.self()), link("alternate", links.home())));
        feed.setAuthors(List.of(person(CEP, "https://www.cep-probation.org")));
        feed.setPublishedDate(date(items.stream().map(i -> i.updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        feed.setEntries(items.stream().map(item -> entry(item, links)).toList());
        return feed;
    }

    private static SyndEntry entry(NewsItem item, Links links) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id(item));
        entry.setTitle(item.title);
        entry.setLink(link(item, links));
        entry.setPublishedDate(date(item.publishedAt));
        entry.setUpdatedDate(date(item.updatedAt));
        picture(item, links).ifPresent(m -> {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(links.absolute().apply(m.fileUrl()));
            enclosure.setType(m.mediaType);
            enclosure.setLength(m.byteSize);
            entry.setEnclosures(List.of(enclosure));
        });
        author(item, links).ifPresent(a -> {
            entry.setAuthors(List.of(person(a.name(), a.url())));
            // RSS has no author element for a name alone: ROME writes this one as dc:creator.
            entry.setAuthor(a.name());
        });
        entry.setCategories(TagRef.all(item.tags).stream().map(tag -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.label());
            category.setTaxonomyUri(links.absolute().apply(tag.url()));
            return category;
        }).toList());
        if (item.summary != null) {
            entry.setDescription(content("text", item.summary));
        }
        if (item.bodyHtml() != null) {
            entry.setContents(List.of(content("html", item.bodyHtml())));
        }
        return entry;
    }

    /** The item's picture, if it is published: Atom and RSS enclose its file, JSON Feed names it as the image. */
    private static Optional<Media> picture(NewsItem item, Links links) {
        return Optional.ofNullable(Content.visible(item.image, links.now(), m -> m));
    }

    private static Optional<JsonFeed.Author> author(NewsItem item, Links links) {
        return Optional.ofNullable(PersonRef.visible(item.author, links.now()))
                .map(author -> new JsonFeed.Author(author.name(), links.absolute().apply(author.url())));
    }

    private static String link(NewsItem item, Links links) {
        return links.absolute().apply(News.PATH + "/" + item.slug);
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the news could not be written as " + feed.getFeedType(), e);
        }
    }
}
