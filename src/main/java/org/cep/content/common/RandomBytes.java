package org.cep.content.common;

import java.security.SecureRandom;

/** Bytes no one can guess, for tokens, signing keys and message ids. */
public final class RandomBytes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomBytes() {
    }

    public static byte[] of(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
