package org.cep.content.items;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.cep.content.tags.Tag;
import org.hibernate.Hibernate;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies a body's fields onto the entity's fields of the same name, and back, so that a new field needs no writer code.
 * A field of the same type is copied as it is, a list of values as a list, and a slug or a list of slugs becomes the
 * referenced item or items (an unknown slug is a bad field). What has no such field, the writer maps itself: it names
 * those fields, and a field neither mapped here nor named there stops the start-up.
 */
final class FieldMapping<E, I> {

    private enum Kind { VALUE, VALUES, REFERENCE, REFERENCES }

    private record Part(String name, Kind kind, Class<?> target, MethodHandle read, MethodHandle get, MethodHandle set,
                        boolean sorted) {
    }

    private final Class<E> entity;
    private final Class<I> input;
    private final List<Part> parts = new ArrayList<>();
    private final Set<String> own;
    private final MethodHandle create;

    FieldMapping(Class<E> entity, Class<I> input, Set<String> own) {
        this.entity = entity;
        this.input = input;
        this.own = own;
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        RecordComponent[] components = input.getRecordComponents();
        List<String> unmapped = new ArrayList<>();
        try {
            for (RecordComponent component : components) {
                if (!own.contains(component.getName())) {
                    Part part = part(entity, component, lookup);
                    if (part == null) {
                        unmapped.add(component.getName());
                    } else {
                        parts.add(part);
                    }
                }
            }
            create = lookup.findConstructor(input, MethodType.methodType(void.class,
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot map " + input.getSimpleName() + " onto " + entity.getSimpleName(), e);
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException(input.getSimpleName() + "'s fields " + unmapped + " have no field of the same name"
                    + " and type in " + entity.getSimpleName() + ", so its writer must map them itself; it maps " + own);
        }
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        if (!names.containsAll(own)) {
            throw new IllegalStateException("the writer of " + input.getSimpleName() + " maps fields it does not have: "
                    + own.stream().filter(name -> !names.contains(name)).sorted().toList());
        }
    }

    /** Copies every mapped field of the body onto the item. */
    void apply(I in, E item, Checks checks) {
        for (Part part : parts) {
            Object value = invoke(part.read, in);
            switch (part.kind) {
                case VALUE -> invoke(part.set, item, value);
                case VALUES -> replace(collection(part, item), value == null ? List.of() : (Collection<?>) value);
                case REFERENCE -> invoke(part.set, item, checks.one(part.target, part.name, (String) value));
                case REFERENCES -> replace(collection(part, item), checks.all(part.target, part.name, strings(value)));
            }
        }
    }

    /** The items that name {@code item} in a reference, each once. */
    Set<E> naming(EntityManager em, Object item) {
        Set<E> naming = new LinkedHashSet<>();
        for (Part part : parts) {
            String where = part.kind == Kind.REFERENCE ? " x where x." + part.name + " = :it"
                    : part.kind == Kind.REFERENCES ? " x join x." + part.name + " y where y = :it" : null;
            if (where != null && part.target.isAssignableFrom(Hibernate.getClass(item))) {
                naming.addAll(em.createQuery("select x from " + entity.getSimpleName() + where, entity)
                        .setParameter("it", item).getResultList());
            }
        }
        return naming;
    }

    /** Takes out of the item's references every one to an item that {@code gone} tells. */
    void forget(E item, Predicate<Object> gone) {
        for (Part part : parts) {
            if (part.kind == Kind.REFERENCE && gone.test(invoke(part.get, item))) {
                invoke(part.set, item, null);
            } else if (part.kind == Kind.REFERENCES) {
                collection(part, item).removeIf(gone);
            }
        }
    }

    /** The item as a body; {@code ownField} gives the fields the writer maps itself. */
    I input(E item, BiFunction<String, E, Object> ownField) {
        Object[] args = new Object[input.getRecordComponents().length];
        int i = 0;
        for (RecordComponent component : input.getRecordComponents()) {
            String name = component.getName();
            args[i++] = own.contains(name) ? ownField.apply(name, item) : read(part(name), item);
        }
        try {
            return input.cast(create.invokeWithArguments(args));
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a " + input.getSimpleName(), e);
        }
    }

    private Object read(Part part, E item) {
        Object value = invoke(part.get, item);
        return switch (part.kind) {
            case VALUE -> value;
            case VALUES -> List.copyOf((Collection<?>) value);
            case REFERENCE -> value == null ? null : slug(value);
            case REFERENCES -> {
                Stream<String> slugs = ((Collection<?>) value).stream().map(FieldMapping::slug);
                yield part.sorted ? List.copyOf(slugs.collect(Collectors.toCollection(TreeSet::new))) : slugs.toList();
            }
        };
    }

    private Part part(String name) {
        return parts.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }

    private static Part part(Class<?> entity, RecordComponent component, MethodHandles.Lookup lookup)
            throws ReflectiveOperationException {
        Field field = field(entity, component.getName());
        if (field == null) {
            return null;
        }
        MethodHandle read = lookup.unreflect(component.getAccessor());
        // Through the accessors Panache generates, which Hibernate's enhancement tracks changes by.
        String property = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        MethodHandle get = lookup.findVirtual(entity, (field.getType() == boolean.class ? "is" : "get") + property,
                MethodType.methodType(field.getType()));
        MethodHandle set = lookup.findVirtual(entity, "set" + property, MethodType.methodType(void.class, field.getType()));
        Class<?> type = component.getType();
        if (field.getType() == type && !Collection.class.isAssignableFrom(type)) {
            return new Part(component.getName(), Kind.VALUE, type, read, get, set, false);
        }
        if (type == String.class && field.getType().isAnnotationPresent(Entity.class)) {
            return new Part(component.getName(), Kind.REFERENCE, field.getType(), read, get, set, false);
        }
        if (type == List.class && Collection.class.isAssignableFrom(field.getType())) {
            Class<?> element = element(field.getGenericType());
            Class<?> given = element(component.getGenericType());
            if (element != null && element.isAnnotationPresent(Entity.class) && given == String.class) {
                return new Part(component.getName(), Kind.REFERENCES, element, read, get, set, Set.class.isAssignableFrom(field.getType()));
            }
            if (element != null && element == given) {
                return new Part(component.getName(), Kind.VALUES, element, read, get, set, false);
            }
        }
        return null;
    }

    /** The entity's field of that name, declared by it or a superclass, whatever visibility the enhancement left it. */
    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Class<?> element(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
    }

    @SuppressWarnings("unchecked")
    private Collection<Object> collection(Part part, E item) {
        return (Collection<Object>) invoke(part.get, item);
    }

    private static void replace(Collection<Object> target, Collection<?> values) {
        target.clear();
        target.addAll(values);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static String slug(Object item) {
        return item instanceof Content content ? content.slug : ((Tag) item).slug;
    }

    private static Object invoke(MethodHandle handle, Object... args) {
        try {
            return handle.invokeWithArguments(args);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
