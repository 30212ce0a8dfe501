package org.cep.content.search;

import org.cep.content.common.Text;

import java.util.regex.Pattern;

/**
 * The words of a text as search stores and matches them: lower case, accents removed, every run of other characters
 * one space. Done here rather than by the database, so that H2 and PostgreSQL see the same words.
 */
public final class Folding {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    /** {@code "Örell's (CEP)"} becomes {@code "orell s cep"}; nothing becomes an empty text. */
    public static String words(String text) {
        return NOT_A_WORD.matcher(Text.fold(text)).replaceAll(" ").strip();
    }
}
