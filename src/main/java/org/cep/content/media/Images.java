package org.cep.content.media;

import com.twelvemonkeys.image.ResampleOp;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Decoding, orienting, cropping, resampling and encoding images, with ImageIO and the plugins on the class path
 * (TwelveMonkeys for JPEG and resampling, a libwebp binding for WebP). An encoded rendition is a new image written from
 * pixels alone, so it carries none of the original's metadata (EXIF, GPS, XMP, comments).
 */
final class Images {

    static {
        ImageIO.scanForPlugins();
    }

    private Images() {
    }

    /** The EXIF orientation of a JPEG (1 to 8; 1 is upright), or 1 when it has none. */
    static int orientation(byte[] bytes, String mediaType) {
        if (!"image/jpeg".equals(mediaType)) {
            return 1;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return 1;
            }
            InputStream data = segments.get(0).data();
            // The segment's identifier "Exif" is followed by a pad byte before the TIFF structure.
            if (data.read() < 0) {
                return 1;
            }
            try (ImageInputStream exif = ImageIO.createImageInputStream(data)) {
                Directory directory = new TIFFReader().read(exif);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry == null ? 1 : ((Number) entry.getValue()).intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Whether the orientation turns the image a quarter, so that its width and height swap. */
    static boolean turnsQuarter(int orientation) {
        return orientation >= 5;
    }

    /** The first image of the file, subsampled while decoding to no less than {@code minWidth} (stored axes) wide. */
    static BufferedImage decode(byte[] bytes, int minWidth) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, reader.getWidth(0) / Math.max(1, minWidth * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image turned and flipped upright, as its EXIF orientation says it is meant to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { return image; }
        }
        boolean quarter = turnsQuarter(orientation);
        BufferedImage turned = new BufferedImage(quarter ? h : w, quarter ? w : h, rgbOrArgb(image));
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR), 0, 0);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** The part of the image inside {@code crop}, resampled (Lanczos) to {@code width} x {@code height}. */
    static BufferedImage resize(BufferedImage image, Rectangle crop, int width, int height) {
        BufferedImage part = crop.x == 0 && crop.y == 0 && crop.width == image.getWidth() && crop.height == image.getHeight()
                ? image : image.getSubimage(crop.x, crop.y, crop.width, crop.height);
        BufferedImage source = copy(part, rgbOrArgb(part));
        if (source.getWidth() == width && source.getHeight() == height) {
            return source;
        }
        return new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(source, null);
    }

    /** The pixels encoded as the format ({@code jpeg}, {@code png}, {@code webp}), and nothing else. */
    static byte[] encode(BufferedImage image, RenditionFormat format) {
        BufferedImage pixels = format == RenditionFormat.JPEG ? onWhite(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format != RenditionFormat.PNG && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[0]);
                param.setCompressionQuality(0.82f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int rgbOrArgb(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** JPEG has no transparency: transparent pixels become white rather than black. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
