package org.cep.content.common;

/** Which page of a result to return, and in which order. */
public record PageRequest(int number, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far past any real collection, and small enough that the offset never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    int offset() {
        return (number - 1) * size;
    }
}
