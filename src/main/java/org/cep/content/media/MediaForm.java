package org.cep.content.media;

import org.cep.content.common.Text;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.PublicationStatus;
import org.cep.content.query.ApiEnums;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The fields of an upload ({@code multipart/form-data}), as sent; {@link #input} reads them into a {@link MediaInput}. */
public class MediaForm {

    @RestForm
    FileUpload file;

    @RestForm
    String slug;

    @RestForm
    String alt;

    @RestForm
    String caption;

    @RestForm
    String credit;

    @RestForm
    String focalPoint;

    @RestForm
    List<String> tags;

    @RestForm
    String status;

    @RestForm
    String publishedAt;

    /** The upload's description with its file; a field that cannot be read is a 400 naming it. */
    MediaInput input(Upload upload) {
        List<InvalidParam> errors = new ArrayList<>();
        FocalPoint focal = blank(focalPoint) == null ? null : FocalPoint.parse(focalPoint);
        if (blank(focalPoint) != null && focal == null) {
            errors.add(InvalidParam.body("focalPoint", "must be two numbers from 0 to 1, across and down, as in 0.5,0.4"));
        }
        PublicationStatus publication = PublicationStatus.PUBLISHED;
        if (blank(status) != null) {
            publication = ApiEnums.parse(PublicationStatus.class, status.trim()).orElse(null);
            if (publication == null) {
                errors.add(InvalidParam.body("status", "unknown value; accepted: " + String.join(", ", ApiEnums.names(PublicationStatus.class))));
            }
        }
        Instant published = null;
        if (blank(publishedAt) != null) {
            try {
                published = Instant.parse(publishedAt.trim());
            } catch (DateTimeParseException e) {
                errors.add(InvalidParam.body("publishedAt", "must be an instant such as 2025-10-01T09:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidContent(errors);
        }
        String name = blank(slug) != null ? slug.trim() : slugOf(upload.fileName());
        return new MediaInput(name, blank(alt), blank(caption), blank(credit), focal, tags == null ? List.of() : tags, publication,
                published, upload);
    }

    /** The slug a file name makes: {@code "GA 2025 – Utrecht.JPG"} is {@code ga-2025-utrecht}. */
    static String slugOf(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String slug = Text.fold(base).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 200) {
            slug = slug.substring(0, 200).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "file" : slug;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
