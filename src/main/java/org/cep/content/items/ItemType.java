package org.cep.content.items;

import org.cep.content.query.Page;
import org.cep.content.query.Sort;
import org.cep.content.search.Snippet;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One resource, declared once: its collection, its nouns and its types. Everything that is the same for every resource
 * derives from it: the routes and their contract texts, the writer's plumbing, slug history and "not found" answers,
 * the change log's names. What a resource says of itself alone is given here too, beside its nouns.
 *
 * @param path            the collection's path, {@code /api/v1/} and its segment, which is also the change log's name
 * @param singular        one item in words ({@code expert group})
 * @param plural          the items in words ({@code expert groups})
 * @param entity          the stored item
 * @param input           the body of a create or replace
 * @param view            what a GET answers
 * @param tag             the contract's name for the resource's operations
 * @param about           what the resource holds, for the contract's tag
 * @param views           the views of a page of items, all at once, so that what they embed loads in a fixed number of queries
 * @param sort            the orders the collection's {@code sort} takes, and its default
 * @param exampleSlug     a slug of CEP's content, for the contract's examples
 * @param listDescription what the collection lists, in which order, filtered by what
 * @param getDescription  what one item carries
 * @param deleted         what happens to the items that named a deleted one
 * @param counts          the collections whose published items its answers count (a tag's: how many of each carry it),
 *                        so that a change in them changes those answers; none for most resources
 */
public record ItemType<E, I extends ItemInput, V>(
        String path, String singular, String plural, Class<E> entity, Class<I> input, Class<V> view,
        String tag, String about, BiFunction<List<E>, Instant, List<V>> views, Sort.Fields sort, String exampleSlug,
        String listDescription, String getDescription, String deleted, List<String> counts) {

    public static final String API = "/api/v1/";

    private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> view) {
            return Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName).toList();
        }
    };

    /** A resource whose answers count no other collection. */
    public ItemType(String path, String singular, String plural, Class<E> entity, Class<I> input, Class<V> view,
                    String tag, String about, BiFunction<List<E>, Instant, List<V>> views, Sort.Fields sort, String exampleSlug,
                    String listDescription, String getDescription, String deleted) {
        this(path, singular, plural, entity, input, view, tag, about, views, sort, exampleSlug, listDescription, getDescription,
                deleted, List.of());
    }

    /** The collection's segment of the path ({@code expert-groups}), which the change log and old slugs name it by. */
    public String collection() {
        return path.substring(API.length());
    }

    /** Whether items carry a publication status, so that drafts and scheduled items exist. */
    public boolean publishable() {
        return Content.class.isAssignableFrom(entity);
    }

    /** Whether {@code q} searches the collection in full text, and so the site-wide search does. */
    public boolean searched() {
        return sort.isRanked() && publishable();
    }

    /** The fields of an item of the collection, in the order a view writes them; {@code fields=} takes these. */
    public List<String> fields() {
        return FIELDS.get(view);
    }

    /** The fields of a listed item: a searchable collection's also carry a {@link Snippet} when they answer {@code q}. */
    public List<String> listedFields() {
        return sort.isRanked() ? Stream.concat(fields().stream(), Stream.of(Snippet.FIELD)).toList() : fields();
    }

    public Page<V> page(Page<E> items, Instant now) {
        return new Page<>(views.apply(items.items(), now), items.page());
    }

    public V view(E item, Instant now) {
        return views.apply(List.of(item), now).get(0);
    }

    E newItem() {
        try {
            return entity.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entity + " needs a public constructor without arguments", e);
        }
    }
}
