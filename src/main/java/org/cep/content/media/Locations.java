package org.cep.content.media;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Takes the place where a photo was taken out of an uploaded JPEG: the EXIF GPS directory, and an XMP packet that
 * names a GPS position. Only those segments are rewritten; the image data, the orientation and the rest of the EXIF
 * stay byte for byte, so nothing is decoded or encoded again.
 */
final class Locations {

    private static final Logger LOG = Logger.getLogger(Locations.class);

    private Locations() {
    }

    /** The JPEG without GPS coordinates; one whose metadata cannot be rewritten is kept as it is, with a warning. */
    static byte[] removed(byte[] jpeg) {
        try {
            byte[] bytes = withoutExifGps(jpeg);
            String xmp = Imaging.getXmpXml(bytes);
            if (xmp == null || !xmp.contains("GPS")) {
                return bytes;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            new JpegXmpRewriter().removeXmpXml(bytes, out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "The metadata of an uploaded JPEG cannot be rewritten; its original keeps any GPS coordinates");
            return jpeg;
        }
    }

    private static byte[] withoutExifGps(byte[] jpeg) throws IOException {
        if (!(Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata) || metadata.getExif() == null
                || metadata.getExif().getOutputSet().getGpsDirectory() == null) {
            return jpeg;
        }
        TiffOutputSet exif = metadata.getExif().getOutputSet();
        exif.removeField(ExifTagConstants.EXIF_TAG_GPSINFO);
        TiffOutputDirectory gps = exif.getGpsDirectory();
        for (TiffOutputField field : List.copyOf(gps.getFields())) {
            gps.removeField(field.tag);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}
