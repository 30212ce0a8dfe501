package org.cep.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.tika.Tika;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded file for what its bytes are, never for its name or the type it was sent with, and refuses what
 * the library does not keep: a type not accepted, SVG (it can carry scripts), a file that is not what it claims, one
 * over the size limit, an image whose header announces more pixels than the limit (refused before decoding), and an
 * image that does not decode. A JPEG is kept without the GPS coordinates it may carry ({@link Locations}).
 */
@ApplicationScoped
class Uploads {

    /** The accepted types, as read from the bytes, and the extension each is served with. */
    private static final Map<String, String> IMAGES = Map.of("image/jpeg", "jpg", "image/png", "png", "image/gif", "gif",
            "image/webp", "webp");
    private static final Map<String, String> DOCUMENTS = Map.of("application/pdf", "pdf");
    /** An Office Open XML package: which one it is, the bytes alone do not say without unpacking it; its name does. */
    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String ACCEPTED = "JPEG, PNG, GIF and WebP images; PDF, Word (.docx), PowerPoint (.pptx) and Excel (.xlsx) documents";
    /** The longest side an image is decoded at to check that it decodes at all. */
    private static final int CHECK_SIZE = 512;

    private final Tika tika = new Tika();

    @Inject
    ContentConfig config;

    static {
        // Registers the readers and writers on the class path (TwelveMonkeys, WebP) with the class loader that has them.
        ImageIO.scanForPlugins();
    }

    /** The file, read and checked; a refusal is a problem naming {@code file}, and nothing is kept. */
    Upload read(Path file, String fileName, String sentType, long size) {
        long limit = config.media().maxBytes();
        if (size > limit) {
            throw ProblemException.tooLarge("The file has " + size + " bytes; at most " + limit + " are accepted.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file cannot be read back", e);
        }
        if (bytes.length == 0) {
            throw ProblemException.invalidContent(List.of(InvalidParam.body("file", "is empty")));
        }
        String detected = tika.detect(bytes);
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        if (detected.equals("image/svg+xml")) {
            throw refused("SVG is not accepted: it can carry scripts. Send it as a PNG, or as a PDF to download.", detected);
        }
        String extension = extension(name);
        String mediaType = detected;
        if (detected.equals("application/x-tika-ooxml") && OFFICE.containsKey(extension)) {
            mediaType = OFFICE.get(extension);
        }
        String ext = IMAGES.getOrDefault(mediaType, DOCUMENTS.get(mediaType));
        if (ext == null && OFFICE.containsValue(mediaType)) {
            ext = extension;
        }
        if (ext == null) {
            throw refused("The file's bytes are " + detected + ", which is not accepted; accepted: " + ACCEPTED + ".", detected);
        }
        String claimed = normalise(sentType);
        if (claimed != null && !claimed.equals(mediaType) && !claimed.equals("application/octet-stream")) {
            throw refused("The file was sent as " + claimed + " but its bytes are " + mediaType + ".", mediaType);
        }
        if (!IMAGES.containsKey(mediaType)) {
            return new Upload(name, bytes, digest(bytes), mediaType, ext, MediaItemKind.DOCUMENT, null, null);
        }
        int[] size2 = checkImage(bytes, mediaType);
        byte[] kept = mediaType.equals("image/jpeg") ? Locations.removed(bytes) : bytes;
        return new Upload(name, kept, digest(kept), mediaType, ext, MediaItemKind.IMAGE, size2[0], size2[1]);
    }

    /** Width and height from the header, within the pixel limit, and proof that the image decodes. */
    private int[] checkImage(byte[] bytes, String mediaType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("The file starts like " + mediaType + " but is not an image that can be read.", mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long limit = config.media().maxPixels();
                if (width <= 0 || height <= 0 || (long) width * height > limit) {
                    throw ProblemException.invalidContent(List.of(InvalidParam.body("file", "the image announces " + width + " x "
                            + height + " pixels; at most " + limit + " pixels in all are accepted")));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / CHECK_SIZE);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                // Its size as it is meant to be seen: an EXIF orientation may turn it a quarter.
                return Images.turnsQuarter(Images.orientation(bytes, mediaType)) ? new int[] {height, width} : new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw refused("The file starts like " + mediaType + " but does not decode as one.", mediaType);
        }
    }

    private static ProblemException refused(String detail, String detected) {
        return ProblemException.unsupportedMediaType(detail, List.of(InvalidParam.body("file", "its bytes are " + detected
                + "; accepted: " + ACCEPTED)));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String normalise(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return bare.equals("image/jpg") ? "image/jpeg" : bare;
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
