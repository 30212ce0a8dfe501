package org.cep.content.media;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.cep.content.ContentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.cep.content.Writes.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors upload images and documents; anyone reads the files and renditions of published ones; hostile files are refused. */
@QuarkusTest
class MediaResourceTest {

    private static final String PREFIX = "mrt-";

    @Inject
    ContentFixtures fixtures;

    @Inject
    Renditions renditions;

    @Inject
    EntityManager em;

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    static ExtractableResponse<Response> upload(String slug, String fileName, byte[] bytes, String type, String alt) {
        var request = editor().multiPart("file", fileName, bytes, type).multiPart("slug", slug);
        if (alt != null) {
            request = request.multiPart("alt", alt);
        }
        return request.when().post("/api/v1/media").then().extract();
    }

    @Test
    void an_uploaded_png_lists_its_renditions_and_srcset() {
        ExtractableResponse<Response> created = upload(PREFIX + "chart", "Chart.png", TestImages.image(800, 600, "png"), "image/png",
                "A bar chart of caseloads");
        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Location").endsWith("/api/v1/media/" + PREFIX + "chart"));
        assertNotNull(created.header("ETag"));
        given().when().get("/api/v1/media/" + PREFIX + "chart").then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("kind", equalTo("image")).body("mediaType", equalTo("image/png"))
                .body("width", equalTo(800)).body("height", equalTo(600)).body("alt", equalTo("A bar chart of caseloads"))
                .body("fileName", equalTo("Chart.png"))
                .body("url", matchesPattern("/media/" + PREFIX + "chart/[0-9a-f]{16}\\.png"))
                .body("renditions.width", contains(320, 640, 800))
                .body("renditions.height", contains(240, 480, 600))
                .body("renditions.mediaType", contains("image/webp", "image/webp", "image/webp"))
                .body("sizes", contains(320, 640, 800))
                .body("srcset", matchesPattern("/media/" + PREFIX + "chart/[0-9a-f]{16}\\.png\\?w=320&fm=webp 320w, .*\\?w=640&fm=webp 640w, .*\\?fm=webp 800w"));
    }

    @Test
    void a_webp_rendition_is_320_pixels_wide_and_encoded_once() {
        String url = upload(PREFIX + "hall", "Hall.jpg", TestImages.image(1600, 1000, "jpeg"), "image/jpeg", "The plenary hall")
                .path("url");
        given().when().get("/api/v1/media/" + PREFIX + "hall").then().body("renditions.width", contains(320, 640, 960, 1280, 1600))
                .body("srcset", containsString(url + "?w=1280&fm=webp 1280w"));
        long before = renditions.encodedCount();
        byte[] first = given().when().get(url + "?w=320&fm=webp").then().statusCode(200)
                .contentType("image/webp")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", notNullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("inline"))
                .extract().asByteArray();
        BufferedImage image = TestImages.decode(first);
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
        assertEquals(before + 1, renditions.encodedCount());
        String etag = given().when().get(url + "?w=320&fm=webp").then().statusCode(200).contentType("image/webp")
                .extract().header("ETag");
        byte[] second = given().when().get(url + "?w=320&fm=webp").then().statusCode(200).extract().asByteArray();
        assertEquals(before + 1, renditions.encodedCount(), "served again from the store, not encoded again");
        assertTrue(java.util.Arrays.equals(first, second));
        given().header("If-None-Match", etag).when().get(url + "?w=320&fm=webp").then().statusCode(304);
    }

    @Test
    void the_original_is_served_immutable_with_its_type_and_name() {
        byte[] png = TestImages.image(40, 30, "png");
        String url = upload(PREFIX + "small", "Small picture.png", png, "image/png", "A small picture").path("url");
        byte[] served = given().when().get(url).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("inline; filename=\"Small picture.png\"; filename*=UTF-8''Small%20picture.png"))
                .extract().asByteArray();
        assertTrue(java.util.Arrays.equals(png, served));
        given().when().get(url.replace(".png", ".jpg")).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_document_is_an_attachment_that_answers_ranges() {
        byte[] pdf = TestImages.pdf();
        ExtractableResponse<Response> created = upload(PREFIX + "slides", "Slides 2025.pdf", pdf, "application/pdf", null);
        assertEquals(201, created.statusCode(), created.asString());
        String url = created.path("url");
        assertTrue(url.endsWith(".pdf"));
        given().when().get(url).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"Slides 2025.pdf\""))
                .header("Accept-Ranges", "bytes");
        byte[] part = given().header("Range", "bytes=0-7").when().get(url).then().statusCode(206)
                .header("Content-Range", "bytes 0-7/" + pdf.length).extract().asByteArray();
        assertEquals("%PDF-1.4", new String(part, StandardCharsets.US_ASCII));
        given().header("Range", "bytes=" + pdf.length + "-").when().get(url).then().statusCode(416)
                .header("Content-Range", "bytes */" + pdf.length);
        given().when().get(url + "?w=320").then().statusCode(400).body("errors.name", contains("w"));
    }

    @Test
    void a_jpeg_loses_its_gps_coordinates_in_every_rendition_and_stands_upright() throws Exception {
        byte[] jpeg = TestImages.jpegWithGps(400, 200, 6);
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(jpeg);
        assertNotNull(metadata.getExif().getGpsInfo(), "the upload carries GPS coordinates");
        String url = upload(PREFIX + "gps", "Holiday.jpg", jpeg, "image/jpeg", "A street in Utrecht").path("url");
        // Orientation 6 turns the stored 400 x 200 pixels a quarter: the image is 200 wide, 400 high.
        given().when().get("/api/v1/media/" + PREFIX + "gps").then().body("width", equalTo(200)).body("height", equalTo(400));
        for (String query : List.of("?w=320&fm=webp", "?w=320&fm=jpeg", "?w=320&fm=png", "?fm=webp", "?w=320&ar=1:1&fm=jpeg")) {
            byte[] rendition = given().when().get(url + query).then().statusCode(200).extract().asByteArray();
            assertFalse(new String(rendition, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("exif"),
                    query + " carries EXIF");
            BufferedImage image = TestImages.decode(rendition);
            if (!query.contains("ar=")) {
                assertEquals(200, image.getWidth(), query);
                assertEquals(400, image.getHeight(), query);
            } else {
                assertEquals(image.getWidth(), image.getHeight(), query);
            }
        }
        byte[] jpegRendition = given().when().get(url + "?w=320&fm=jpeg").then().extract().asByteArray();
        JpegImageMetadata stripped = (JpegImageMetadata) Imaging.getMetadata(jpegRendition);
        assertTrue(stripped == null || stripped.getExif() == null, "a JPEG rendition has no EXIF");
    }

    @Test
    void the_original_jpeg_keeps_its_pixels_and_orientation_but_not_where_it_was_taken() throws Exception {
        byte[] jpeg = TestImages.jpegWithGps(400, 200, 6);
        String url = upload(PREFIX + "where", "Where.jpg", jpeg, "image/jpeg", "A square").path("url");
        byte[] original = given().when().get(url).then().statusCode(200).extract().asByteArray();

        JpegImageMetadata kept = (JpegImageMetadata) Imaging.getMetadata(original);
        assertEquals(null, kept.getExif().getGpsInfo(), "no GPS coordinates in the stored original");
        assertEquals(6, kept.findExifValue(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue(), "the orientation stays");
        assertPixelsEqual(TestImages.decode(jpeg), TestImages.decode(original));
        assertEquals(original.length, (int) given().when().get("/api/v1/media/" + PREFIX + "where").then().extract().path("bytes"));

        byte[] xmp = TestImages.jpegWithXmpGps(300, 200);
        assertTrue(Imaging.getXmpXml(xmp).contains("GPSLatitude"), "the upload names its place in XMP");
        String xmpUrl = upload(PREFIX + "where-xmp", "Where XMP.jpg", xmp, "image/jpeg", "A street").path("url");
        byte[] xmpOriginal = given().when().get(xmpUrl).then().statusCode(200).extract().asByteArray();
        assertEquals(null, Imaging.getXmpXml(xmpOriginal), "the XMP that names a place is gone");
        assertPixelsEqual(TestImages.decode(xmp), TestImages.decode(xmpOriginal));
    }

    private static void assertPixelsEqual(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    throw new AssertionError("the pixel at " + x + "," + y + " changed: the image data was encoded again");
                }
            }
        }
    }

    @Test
    void an_image_needs_alt_text() {
        ExtractableResponse<Response> refused = upload(PREFIX + "no-alt", "No alt.png", TestImages.image(40, 30, "png"), "image/png", null);
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("alt"), refused.path("errors.name"));
        assertNothingStored(PREFIX + "no-alt");
    }

    @Test
    void a_text_file_sent_as_png_is_415_and_nothing_is_stored() {
        ExtractableResponse<Response> refused = upload(PREFIX + "text", "evil.png", "just some text\n".repeat(20).getBytes(StandardCharsets.UTF_8),
                "image/png", "Not an image");
        assertEquals(415, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.<String>path("detail").contains("text/plain"), refused.asString());
        assertNothingStored(PREFIX + "text");
    }

    @Test
    void a_jpeg_sent_as_png_is_415() {
        ExtractableResponse<Response> refused = upload(PREFIX + "liar", "liar.png", TestImages.image(40, 30, "jpeg"), "image/png", "A liar");
        assertEquals(415, refused.statusCode());
        assertTrue(refused.<String>path("detail").contains("image/jpeg"), refused.asString());
        assertNothingStored(PREFIX + "liar");
    }

    @Test
    void an_image_announcing_too_many_pixels_is_refused_before_decoding() {
        ExtractableResponse<Response> refused = upload(PREFIX + "bomb", "bomb.png", TestImages.pngAnnouncing(100_000, 100_000),
                "image/png", "A bomb");
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(List.of("file"), refused.path("errors.name"));
        assertTrue(refused.<String>path("errors[0].reason").contains("100000 x 100000"), refused.asString());
        assertNothingStored(PREFIX + "bomb");
    }

    @Test
    void an_svg_with_a_script_is_refused() {
        ExtractableResponse<Response> refused = upload(PREFIX + "svg", "logo.svg", TestImages.svgWithScript(), "image/svg+xml", "A logo");
        assertEquals(415, refused.statusCode());
        assertTrue(refused.<String>path("detail").contains("SVG"), refused.asString());
        assertNothingStored(PREFIX + "svg");
    }

    @Test
    void a_file_over_the_limit_is_413() {
        byte[] big = new byte[2_500_000];
        System.arraycopy(TestImages.pdf(), 0, big, 0, TestImages.pdf().length);
        ExtractableResponse<Response> refused = upload(PREFIX + "big", "big.pdf", big, "application/pdf", null);
        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        assertNothingStored(PREFIX + "big");
    }

    @Test
    void a_json_body_cannot_create_a_media_item() {
        editor().contentType("application/json").body("{\"slug\": \"" + PREFIX + "json\", \"alt\": \"x\", \"status\": \"published\"}")
                .when().post("/api/v1/media").then().statusCode(415).contentType("application/problem+json");
        assertNothingStored(PREFIX + "json");
    }

    @Test
    void an_anonymous_upload_is_401() {
        given().multiPart("file", "a.png", TestImages.image(40, 30, "png"), "image/png").multiPart("alt", "A")
                .multiPart("slug", PREFIX + "anon")
                .when().post("/api/v1/media").then().statusCode(401).contentType("application/problem+json");
        assertNothingStored(PREFIX + "anon");
    }

    @Test
    void an_editor_patches_and_deletes_a_media_item() {
        Instant since = Instant.now();
        ExtractableResponse<Response> created = upload(PREFIX + "edit", "edit.png", TestImages.image(40, 30, "png"), "image/png", "Before");
        String url = created.path("url");
        String etag = editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"alt\": \"After\", \"focalPoint\": {\"x\": 0.25, \"y\": 0.75}}")
                .when().patch("/api/v1/media/" + PREFIX + "edit").then().statusCode(200)
                .body("alt", equalTo("After")).body("focalPoint.x", equalTo(0.25f)).body("url", equalTo(url))
                .extract().header("ETag");
        given().when().get("/api/v1/media?q=after").then().statusCode(200).body("items.slug", hasItem(PREFIX + "edit"));
        given().when().get("/api/v1/media?kind=document").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.not(hasItem(PREFIX + "edit")));
        editor().header("If-Match", etag).when().delete("/api/v1/media/" + PREFIX + "edit").then().statusCode(204);
        List<String> logged = editor().queryParam("since", since.toString()).queryParam("size", 100).when().get("/api/v1/changes")
                .then().statusCode(200)
                .extract().path("items.findAll { it.resource == 'media' && it.slug == '" + PREFIX + "edit' }.action");
        assertEquals(List.of("created", "updated", "deleted"), logged);
        given().when().get(url).then().statusCode(404);
        assertNothingStored(PREFIX + "edit");
    }

    @Test
    void a_drafts_file_is_seen_with_credentials_only() {
        String url = editor().multiPart("file", "draft.png", TestImages.image(40, 30, "png"), "image/png").multiPart("alt", "Draft")
                .multiPart("slug", PREFIX + "draft").multiPart("status", "draft")
                .when().post("/api/v1/media").then().statusCode(201).extract().path("url");
        given().when().get(url).then().statusCode(404);
        given().when().get("/api/v1/media/" + PREFIX + "draft").then().statusCode(404);
        editor().when().get(url).then().statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void a_rendition_outside_the_offered_sizes_is_a_400_naming_it() {
        String url = upload(PREFIX + "sizes", "sizes.png", TestImages.image(800, 600, "png"), "image/png", "Sizes").path("url");
        given().when().get(url + "?w=500&fm=gif").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("w", "fm"));
        given().when().get(url + "?w=320&ar=16:9").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "public, max-age=86400");
    }

    private void assertNothingStored(String slug) {
        editor().when().get("/api/v1/media/" + slug).then().statusCode(404);
        long items = ((Number) em.createNativeQuery("select count(*) from media where slug = :slug").setParameter("slug", slug)
                .getSingleResult()).longValue();
        long files = ((Number) em.createNativeQuery("select count(*) from media_blob b where not exists"
                + " (select 1 from media m where m.blob_id = b.id)").getSingleResult()).longValue();
        assertEquals(0L, items + files, "an item or a file of none is left behind");
    }
}
