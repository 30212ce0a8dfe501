package org.cep.content.media;

/** One HTTP byte range (RFC 9110 section 14), the only kind a file answers; several ranges get the whole file. */
final class ByteRanges {

    private ByteRanges() {
    }

    /**
     * The first and last byte that {@code Range} asks for, {@code null} to answer the whole file (no header, or one
     * this service does not split), or an empty array when the range lies outside the file (416).
     */
    static long[] parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String first = spec.substring(0, dash).trim();
            String last = spec.substring(dash + 1).trim();
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                return suffix <= 0 ? new long[0] : new long[] {Math.max(0, length - suffix), length - 1};
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? length - 1 : Math.min(Long.parseLong(last), length - 1);
            return start >= length || end < start ? new long[0] : new long[] {start, end};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
