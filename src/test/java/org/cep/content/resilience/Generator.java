package org.cep.content.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Generated test values, drawn from a seeded random source so that a seed always gives the same values. */
@FunctionalInterface
interface Generator<T> {

    T next(SplittableRandom random);

    /** The first {@code count} values for this seed. */
    default List<T> samples(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.generate(() -> next(random)).limit(count).toList();
    }

    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default Generator<T> filter(Predicate<? super T> accepted) {
        return random -> {
            T value;
            do {
                value = next(random);
            } while (!accepted.test(value));
            return value;
        };
    }

    default Generator<List<T>> list(int maxSize) {
        return random -> {
            List<T> values = new ArrayList<>();
            for (int size = random.nextInt(maxSize + 1); values.size() < size; ) {
                values.add(next(random));
            }
            return values;
        };
    }

    static <T> Generator<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Generator<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Generator<T> of(List<T> values) {
        return random -> values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
        return random -> generators[random.nextInt(generators.length)].next(random);
    }

    record Weighted<T>(int weight, Generator<? extends T> generator) {
    }

    static <T> Weighted<T> weighted(int weight, Generator<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** One of the generators, each chosen with a probability proportional to its weight. */
    @SafeVarargs
    static <T> Generator<T> frequencyOf(Weighted<? extends T>... choices) {
        int total = Stream.of(choices).mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<? extends T> choice : choices) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().next(random);
                }
            }
            throw new IllegalStateException("no weight left");
        };
    }

    /** Any int; its bit length is spread evenly, so small numbers (a valid page, say) come up as often as huge ones. */
    static Generator<Integer> integers() {
        return random -> random.nextInt() >> random.nextInt(Integer.SIZE);
    }

    static Generator<Integer> between(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    static Generator<Character> chars(char from, char to) {
        return between(from, to).map(c -> (char) c.intValue());
    }

    /** Any character but a surrogate, a noncharacter or a private-use one. */
    static Generator<Character> textChars() {
        return chars(Character.MIN_VALUE, Character.MAX_VALUE).filter(c -> !Character.isSurrogate(c)
                && !(c >= '\uFDD0' && c <= '\uFDEF') && c < '\uFFFE' && Character.getType(c) != Character.PRIVATE_USE);
    }

    static Generator<String> strings(Generator<Character> chars, int maxLength) {
        return chars.list(maxLength).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    /** Maps of up to {@code maxSize} entries with distinct keys. */
    static <K, V> Generator<Map<K, V>> maps(Generator<K> keys, Generator<V> values, int maxSize) {
        return random -> {
            Map<K, V> map = new LinkedHashMap<>();
            for (int size = random.nextInt(maxSize + 1); map.size() < size; ) {
                map.putIfAbsent(keys.next(random), values.next(random));
            }
            return map;
        };
    }
}
