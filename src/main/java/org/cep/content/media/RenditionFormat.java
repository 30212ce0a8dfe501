package org.cep.content.media;

import java.util.Arrays;
import java.util.Optional;

/** The formats a rendition is encoded in ({@code ?fm=}). */
enum RenditionFormat {
    WEBP("webp", "image/webp", "webp"),
    JPEG("jpeg", "image/jpeg", "jpeg"),
    PNG("png", "image/png", "png");

    final String param;
    final String mediaType;
    private final String imageIoName;

    RenditionFormat(String param, String mediaType, String imageIoName) {
        this.param = param;
        this.mediaType = mediaType;
        this.imageIoName = imageIoName;
    }

    String imageIoName() {
        return imageIoName;
    }

    static Optional<RenditionFormat> of(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** The format a rendition keeps when none is asked for: the original's, or PNG for a GIF. */
    static RenditionFormat like(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst().orElse(PNG);
    }
}
