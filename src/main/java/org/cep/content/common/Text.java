package org.cep.content.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by search and slugs: lower case, accents removed. */
public final class Text {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** {@code "Örell"} becomes {@code "orell"}; letters that do not decompose are mapped by hand. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("đ", "d").replace("ł", "l").replace("ı", "i").replace("þ", "th");
    }

    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }
}
