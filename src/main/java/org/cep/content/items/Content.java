package org.cep.content.items;

import org.cep.content.changes.Publication;
import org.cep.content.common.Keyed;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import org.cep.content.search.Folding;
import org.cep.content.search.Searchable;
import org.cep.content.tags.Tag;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** What every published item has: a slug, a publication status, tags and the folded text that {@code q} searches. */
@MappedSuperclass
@EntityListeners(ContentWrites.class)
public abstract class Content extends Keyed implements Searchable.Source {

    public String slug;

    @Enumerated(EnumType.STRING)
    public PublicationStatus status = PublicationStatus.PUBLISHED;

    /** When the item becomes visible; {@code null} for a published item means "since it was created". */
    public Instant publishedAt;

    public Instant createdAt;

    public Instant updatedAt;

    /** Each entity names the table that joins it to its tags ({@code @AssociationOverride}). */
    @ManyToMany
    public Set<Tag> tags = new LinkedHashSet<>();

    /** The folded words {@code q} looks in, by weight ({@link Folding}). */
    String searchTitle;

    String searchSummary;

    String searchBody;

    /** The texts {@code q} looks in: title or name, summary and body. */
    @Override
    public abstract Searchable searchable();

    /** What a list of items from every collection shows as the item's title: by default, what search weighs most. */
    public String heading() {
        return searchable().title();
    }

    /** Renders Markdown fields to HTML; called before every insert and update. */
    protected abstract void render();

    public boolean isVisibleAt(Instant now) {
        return status == PublicationStatus.PUBLISHED && (publishedAt == null || !publishedAt.isAfter(now));
    }

    /** What {@code ref} makes of the item, or {@code null} when there is no item or it is not visible at {@code now}. */
    public static <C extends Content, R> R visible(C item, Instant now, Function<? super C, R> ref) {
        return item == null || !item.isVisibleAt(now) ? null : ref.apply(item);
    }

    /** The items visible at {@code now}, in their order. */
    public static <C extends Content> Stream<C> visible(Collection<C> items, Instant now) {
        return items.stream().filter(item -> item.isVisibleAt(now));
    }

    /** Where the item stands as to publication, for the change log's observers; none for an item without status. */
    static Publication publication(Object item) {
        return item instanceof Content content
                ? new Publication(content.status == PublicationStatus.PUBLISHED, content.publishedAt) : null;
    }

    /** Stamps and renders the item; {@link ContentWrites} calls it before every insert and update. */
    void beforeWrite(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        render();
        Searchable texts = searchable();
        searchTitle = Folding.words(texts.title());
        searchSummary = Folding.words(texts.summary());
        searchBody = Folding.words(texts.body());
    }
}
