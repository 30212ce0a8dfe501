package org.cep.content.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The point of an image that crops keep: fractions of its width and height from the top left corner. */
@Schema(name = "FocalPoint", description = "The point of the image that crops keep in view: `x` across and `y` down, "
        + "each from 0 (left, top) to 1 (right, bottom).", example = "{\"x\": 0.5, \"y\": 0.4}")
public record FocalPoint(
        @Schema(required = true, minimum = "0", maximum = "1") @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
        @Schema(required = true, minimum = "0", maximum = "1") @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {

    static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

    /** {@code "0.5,0.4"} as a point, or {@code null} when it is not two numbers separated by a comma. */
    static FocalPoint parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            return null;
        }
        try {
            return new FocalPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static FocalPoint of(Media m) {
        return m.focalX == null ? null : new FocalPoint(m.focalX, m.focalY);
    }
}
