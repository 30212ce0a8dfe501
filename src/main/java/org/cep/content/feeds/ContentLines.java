package org.cep.content.feeds;

/**
 * Folds iCalendar content lines at 75 octets as RFC 5545 section 3.1 asks. ical4j folds at 73 characters,
 * which exceeds 75 octets as soon as a line holds accents, so the calendar is written unfolded and folded here,
 * never inside a UTF-8 sequence.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        // Line by line without String.split, whose two-character separator would go through a regex.
        for (int start = 0; start < unfolded.length(); ) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = start; i < end; ) {
                int codePoint = unfolded.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append(CRLF).append(' ');
                    octets = 0;
                    limit = MAX_OCTETS - 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
