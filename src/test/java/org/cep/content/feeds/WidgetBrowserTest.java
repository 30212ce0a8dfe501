package org.cep.content.feeds;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.ContentFixtures;
import org.cep.content.Writes;
import org.cep.content.events.Attendance;
import org.cep.content.events.Event;
import org.cep.content.events.EventKind;
import org.cep.content.media.Media;
import org.cep.content.media.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The widget in a real headless Chromium, on a partner's page served from another origin than the API: its items,
 * its empty and error states, the event's own time for readers in New York and Tokyo, and pictures when asked for.
 */
@QuarkusTest
class WidgetBrowserTest {

    private static final String PREFIX = "zz-widget-";
    private static final String TAG = PREFIX + "violent-extremism";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NINE_IN_BRUSSELS = LocalDateTime.of(2031, 1, 15, 9, 0).atZone(BRUSSELS).toInstant();

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL api;

    @Inject
    ContentFixtures fixtures;

    @Inject
    EntityManager em;

    private HttpServer partner;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void start_chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stop_chromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void create_events_and_a_partner_page() throws Exception {
        fixtures.tag(TAG, "Violent Extremism");
        fixtures.tag(PREFIX + "nothing", "Nothing");
        Event seminar = fixtures.publishedEvent(PREFIX + "seminar", NINE_IN_BRUSSELS, List.of(TAG));
        Event webinar = fixtures.publishedEvent(PREFIX + "webinar", NINE_IN_BRUSSELS.plusSeconds(7 * 86400), List.of(TAG));
        update(webinar.id, e -> {
            e.title = "Online webinar on risk assessment";
            e.kind = EventKind.WEBINAR;
            e.attendance = Attendance.ONLINE;
            e.joinUrl = "https://meet.example.org/cep-risk-assessment";
            e.city = null;
            e.country = null;
        });
        Event days = fixtures.publishedEvent(PREFIX + "days", LocalDate.of(2031, 3, 10).atStartOfDay(BRUSSELS).toInstant(), List.of(TAG));
        update(days.id, e -> {
            e.title = "Two-day conference in Barcelona";
            e.kind = EventKind.CONFERENCE;
            e.allDay = true;
            e.endsAt = LocalDate.of(2031, 3, 12).atStartOfDay(ZoneId.of("Europe/Madrid")).toInstant();
            e.startsAt = LocalDate.of(2031, 3, 10).atStartOfDay(ZoneId.of("Europe/Madrid")).toInstant();
            e.timeZone = "Europe/Madrid";
            e.city = "Barcelona";
            e.country = "ES";
        });
        update(seminar.id, e -> e.title = "Seminar on radicalisation & rehabilitation");
        Writes.editor().multiPart("file", "Seminar.jpg", TestImages.image(900, 600, "jpeg"), "image/jpeg")
                .multiPart("slug", PREFIX + "picture").multiPart("alt", "Probation officers around a table")
                .when().post("/api/v1/media").then().statusCode(201);
        update(seminar.id, e -> e.image = em.createQuery("from Media where slug = :slug", Media.class)
                .setParameter("slug", PREFIX + "picture").getSingleResult());

        // The partner's page: another origin (host and port) than the API, with styles that must not leak in.
        String apiOrigin = api.toString().replaceAll("/$", "");
        String page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
                <style>body { font: 16px sans-serif; margin: 24px; } li, a { color: rgb(255, 0, 0) !important; font-size: 40px; }</style>
                </head><body><h1>A probation partner</h1>
                <cep-events id="list" tag="%s" limit="5" heading="CEP events on violent extremism"></cep-events>
                <cep-events id="empty" tag="%s"></cep-events>
                <cep-events id="broken" tag="Not a slug"></cep-events>
                <cep-events id="pictured" tag="%s" thumbnails></cep-events>
                <script src="%s/embed/events.js"></script>
                </body></html>""".formatted(TAG, PREFIX + "nothing", TAG, apiOrigin);
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        partner.start();
    }

    @AfterEach
    void remove_them() {
        partner.stop(0);
        fixtures.removeAll(PREFIX);
    }

    @Test
    void renders_the_upcoming_tagged_events_with_links_times_places_and_kinds() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setTimezoneId("Europe/London").setViewportSize(900, 900))) {
            Page page = open(context);
            Locator items = page.locator("#list li");

            assertEquals(List.of("Seminar on radicalisation & rehabilitation", "Online webinar on risk assessment",
                    "Two-day conference in Barcelona"), items.locator("a[part=link]").allTextContents());
            assertEquals(api + "api/v1/events/" + PREFIX + "seminar", items.nth(0).locator("a").getAttribute("href"));
            assertEquals("2031-01-15T09:00:00+01:00", items.nth(0).locator("time").getAttribute("datetime"));
            assertTrue(items.nth(0).locator("time").textContent().contains("09:00"), items.nth(0).locator("time").textContent());
            assertEquals("Brussels", items.nth(0).locator(".place").textContent());
            assertEquals("Seminar", items.nth(0).locator(".kind").textContent());
            assertEquals("Online", items.nth(1).locator(".place").textContent());
            assertEquals("Webinar", items.nth(1).locator(".kind").textContent());
            assertEquals("https://meet.example.org/cep-risk-assessment", items.nth(1).locator("a.join").getAttribute("href"));
            assertEquals("Join online: Online webinar on risk assessment", items.nth(1).locator("a.join").getAttribute("aria-label"));
            assertEquals(0, items.nth(0).locator("a.join").count(), "an event in person has no join link");
            assertTrue(items.nth(2).locator("time").textContent().matches(".*10.*11 March 2031.*"), items.nth(2).locator("time").textContent());
            assertEquals("CEP events on violent extremism", page.locator("#list h2").textContent());

            assertNotEquals("rgb(255, 0, 0)", items.nth(0).locator("a").evaluate("a => getComputedStyle(a).color"),
                    "the page's styles stay out of the widget");
            items.nth(0).locator("a").focus();
            assertEquals("Seminar on radicalisation & rehabilitation",
                    page.evaluate("() => document.querySelector('#list').shadowRoot.activeElement.textContent"));

            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "widget.png")).setFullPage(true));
            assertEquals(List.of(), pageErrors);
        }
    }

    @Test
    void says_politely_when_there_is_nothing_and_when_loading_fails() {
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context);

            assertEquals("No upcoming events.", page.locator("#empty [role=status]").textContent());
            assertEquals(0, page.locator("#empty li").count());
            page.locator("#broken [role=status].error").waitFor();
            assertTrue(page.locator("#broken [role=status]").textContent().startsWith("Events could not be loaded"));
            assertEquals(List.of(), pageErrors, "nothing is thrown into the page");
        }
    }

    @Test
    void shows_an_event_at_nine_in_brussels_at_nine_brussels_time_to_readers_in_new_york_and_tokyo() {
        for (String zone : List.of("America/New_York", "Asia/Tokyo")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setTimezoneId(zone))) {
                Page page = open(context);
                String shown = page.locator("#list li").first().locator("time").textContent();

                assertTrue(shown.contains("9:00") && (shown.contains("GMT+1") || shown.contains("CET")), zone + ": " + shown);
                assertEquals(NINE_IN_BRUSSELS.toEpochMilli(), ((Number) page.evaluate(
                        "() => Date.parse(document.querySelector('#list').shadowRoot.querySelector('time').getAttribute('datetime'))")).longValue());
            }
        }
    }

    @Test
    void shows_each_events_picture_with_its_srcset_when_asked_and_none_otherwise() {
        String origin = api.toString().replaceAll("/$", "");
        String srcset = given().when().get("/api/v1/events/" + PREFIX + "seminar").then().statusCode(200).extract().path("image.srcset");
        String absolute = Arrays.stream(srcset.split(", ")).map(candidate -> origin + candidate).collect(Collectors.joining(", "));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 900))) {
            Page page = open(context);
            Locator items = page.locator("#pictured li");
            Locator img = items.nth(0).locator("img");

            assertEquals(absolute, img.getAttribute("srcset"));
            assertTrue(absolute.contains("?w=320&fm=webp 320w, "), absolute);
            assertEquals("96px", img.getAttribute("sizes"));
            assertEquals("96", img.getAttribute("width"));
            assertEquals("64", img.getAttribute("height"));
            assertEquals("Probation officers around a table", img.getAttribute("alt"));
            assertEquals("lazy", img.getAttribute("loading"));
            assertEquals(0, items.nth(1).locator("img").count(), "an event without a picture shows none");
            assertEquals(0, page.locator("#list img").count(), "no pictures unless asked for");

            img.scrollIntoViewIfNeeded();
            page.waitForFunction("() => { const i = document.querySelector('#pictured').shadowRoot.querySelector('img');"
                    + " return i.complete && i.naturalWidth > 0; }");
            assertEquals(origin + srcset.split(" ")[0], img.evaluate("i => i.currentSrc"), "the smallest rendition for 96 pixels");
            assertNotEquals("rgb(255, 0, 0)", items.nth(0).locator("a").evaluate("a => getComputedStyle(a).color"));
            assertEquals(List.of(), pageErrors);
        }
    }

    private Page open(BrowserContext context) {
        Page page = context.newPage();
        page.onPageError(pageErrors::add);
        page.navigate("http://127.0.0.1:" + partner.getAddress().getPort() + "/");
        page.locator("#list li, #list [role=status]:not(.loading)").first().waitFor();
        page.locator("#empty [role=status]:not(.loading)").waitFor();
        page.locator("#pictured li, #pictured [role=status]:not(.loading)").first().waitFor();
        return page;
    }

    private void update(Long id, Consumer<Event> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(Event.class, id)));
    }
}
