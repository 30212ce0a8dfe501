package org.cep.content.media;

/**
 * An uploaded file as its bytes say it is: read by {@link Uploads}, which refuses anything else.
 *
 * @param fileName  the name it was sent with, for downloads
 * @param mediaType read from the bytes
 * @param width     for an image, from its header; {@code null} for a document
 */
public record Upload(String fileName, byte[] bytes, String digest, String mediaType, String extension, MediaItemKind kind,
                     Integer width, Integer height) {
}
