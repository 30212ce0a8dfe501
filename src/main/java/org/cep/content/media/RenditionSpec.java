package org.cep.content.media;

import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rendition asked for: the part of the upright image it shows (all of it, or a crop around the focal point), the
 * size it is scaled to (never up) and its format. Only the configured widths and aspect ratios are taken, so the
 * variants of an image stay few. Its {@link #variant} names it among the stored renditions.
 */
record RenditionSpec(Rectangle crop, int width, int height, RenditionFormat format, boolean cropped) {

    String variant() {
        return "w" + width + "h" + height + (cropped ? "c" + crop.x + "_" + crop.y + "_" + crop.width + "_" + crop.height : "")
                + "." + format.param;
    }

    /** The rendition the parameters ask of the item, or a 400 naming each bad one and what is accepted. */
    static RenditionSpec parse(Media m, String w, String h, String ar, String fm, List<Integer> widths, List<String> ratios) {
        List<InvalidParam> errors = new ArrayList<>();
        Integer width = size("w", w, widths, errors);
        Integer height = size("h", h, widths, errors);
        double[] ratio = ratio(ar, ratios, errors);
        if (height != null && ratio != null) {
            errors.add(InvalidParam.query("ar", "give h or ar, not both"));
        }
        RenditionFormat format = fm == null ? RenditionFormat.like(m.mediaType) : RenditionFormat.of(fm).orElse(null);
        if (format == null) {
            errors.add(InvalidParam.query("fm", "unknown format; accepted: webp, jpeg, png"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(errors);
        }
        int fullW = m.width;
        int fullH = m.height;
        if (ratio == null && height != null && width != null) {
            ratio = new double[] {width, height};
        }
        if (ratio == null) {
            int target = height != null ? (int) ((long) Math.min(fullH, height) * fullW / fullH)
                    : width == null ? fullW : Math.min(width, fullW);
            target = Math.max(1, Math.min(target, fullW));
            return new RenditionSpec(new Rectangle(0, 0, fullW, fullH), target, (int) Math.max(1, Math.round((double) fullH * target / fullW)),
                    format, false);
        }
        Rectangle crop = crop(fullW, fullH, ratio[0] / ratio[1], FocalPoint.of(m));
        int target = width == null ? crop.width : Math.min(width, crop.width);
        int targetH = Math.max(1, (int) Math.round(target * ratio[1] / ratio[0]));
        return new RenditionSpec(crop, Math.max(1, target), Math.min(targetH, crop.height), format, true);
    }

    /** The largest part of the image with the ratio (width over height), centred on the focal point as far as it fits. */
    static Rectangle crop(int fullW, int fullH, double ratio, FocalPoint focal) {
        FocalPoint f = focal == null ? FocalPoint.CENTRE : focal;
        int w = fullW;
        int h = (int) Math.round(fullW / ratio);
        if (h > fullH) {
            h = fullH;
            w = (int) Math.round(fullH * ratio);
        }
        int x = clamp((int) Math.round(f.x() * fullW - w / 2.0), fullW - w);
        int y = clamp((int) Math.round(f.y() * fullH - h / 2.0), fullH - h);
        return new Rectangle(x, y, Math.max(1, w), Math.max(1, h));
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    private static Integer size(String name, String value, List<Integer> accepted, List<InvalidParam> errors) {
        if (value == null) {
            return null;
        }
        try {
            int size = Integer.parseInt(value);
            if (accepted.contains(size)) {
                return size;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(InvalidParam.query(name, "not one of the sizes offered: "
                + accepted.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        return null;
    }

    private static double[] ratio(String value, List<String> accepted, List<InvalidParam> errors) {
        if (value == null) {
            return null;
        }
        if (!accepted.contains(value)) {
            errors.add(InvalidParam.query("ar", "not one of the aspect ratios offered: " + String.join(", ", accepted)));
            return null;
        }
        String[] parts = value.split(":");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
}
