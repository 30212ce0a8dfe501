import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak's load and its verdict, run by scripts/soak.sh with the JDK's source launcher:
 * java scripts/soak/Soak.java BASE_URL SECONDS TOKEN PID
 * Readers, writers and an If-Match race run together for SECONDS against the service at BASE_URL (process PID, whose
 * RSS is sampled); then every acknowledged write is checked. Exits 1 on any error or if memory grew.
 */
public class Soak {

    static final int READERS = 4;
    static final int WRITERS = 3;
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    /** RSS grows while classes load and the JIT compiles; samples of this first part are shown but not compared. */
    static final Duration WARM_UP = Duration.ofSeconds(20);
    /** After the warm-up, the mean RSS of the second half may exceed that of the first half by this much. */
    static final double RSS_TOLERANCE = 0.10;
    static final String[] READS = {
            "/api/v1/events?size=20", "/api/v1/events?upcoming=true", "/api/v1/news?size=50", "/api/v1/news?page=2&size=5",
            "/api/v1/tags?size=100", "/api/v1/people?size=100", "/api/v1/projects", "/api/v1/expert-groups",
            "/api/v1/news.atom", "/api/v1/events.ics", "/api/v1/tags/violent-extremism", "/api/v1/news?q=probation"};

    final String base;
    final String token;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    final AtomicLong reads = new AtomicLong();
    final AtomicLong writes = new AtomicLong();
    final AtomicLong raceRounds = new AtomicLong();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    /** Every item a writer was told it created, by "resource/slug": its last acknowledged value, or null once deleted. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Slugs written so far, for the readers to read too. */
    final List<String> written = Collections.synchronizedList(new ArrayList<>());
    volatile boolean running = true;

    Soak(String base, String token) {
        this.base = base;
        this.token = "Bearer " + token;
    }

    public static void main(String[] args) throws Exception {
        Soak soak = new Soak(args[0], args[2]);
        System.exit(soak.run(Duration.ofSeconds(Long.parseLong(args[1])), Long.parseLong(args[3])) ? 0 : 1);
    }

    boolean run(Duration duration, long pid) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            threads.add(start("reader-" + i, this::readLoop));
        }
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            threads.add(start("writer-" + i, () -> writeLoop(writer)));
        }
        AtomicReference<String> raceWinner = new AtomicReference<>();
        threads.add(start("race", () -> raceLoop(raceWinner)));
        List<Long> rss = sampleRss(pid, duration);
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        long checked = checkWrites(raceWinner.get());
        return report(duration, checked, rss);
    }

    static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    // ---- load

    void readLoop() {
        while (running) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            boolean ownItem = random.nextInt(5) == 0 && !written.isEmpty();
            String path = ownItem ? written.get(random.nextInt(written.size())) : READS[random.nextInt(READS.length)];
            // A third of the reads carry a token: those are never answered from the response cache.
            HttpResponse<String> response = send(get(path, random.nextInt(3) == 0), "GET " + path);
            if (response != null) {
                reads.incrementAndGet();
                // An item of the writers' may have been deleted since it was picked.
                if (response.statusCode() != 200 && !(ownItem && response.statusCode() == 404)) {
                    error("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                }
            }
        }
    }

    /** Creates tags and news items, then changes, replaces and deletes them, remembering each acknowledged outcome. */
    void writeLoop(int writer) {
        List<Item> live = new ArrayList<>();
        for (int n = 1; running; n++) {
            int choice = ThreadLocalRandom.current().nextInt(100);
            if (live.isEmpty() || choice < 40) {
                String resource = n % 2 == 0 ? "tags" : "news";
                Item item = new Item(resource, "soak-" + writer + "-" + n);
                if (write(item, "POST", "/api/v1/" + resource, item.body("created " + n), 201)) {
                    live.add(item);
                    written.add("/api/v1/" + resource + "/" + item.slug);
                }
            } else {
                Item item = live.get(ThreadLocalRandom.current().nextInt(live.size()));
                String path = "/api/v1/" + item.resource + "/" + item.slug;
                if (choice < 70) {
                    write(item, "PATCH", path, item.patch("patched " + n), 200);
                } else if (choice < 85) {
                    write(item, "PUT", path, item.body("replaced " + n), 200);
                } else if (write(item, "DELETE", path, null, 204)) {
                    live.remove(item);
                }
            }
        }
    }

    /** Sends a write; on the expected status records what the item now is. */
    boolean write(Item item, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
        }
        if (item.etag != null) {
            request.header("If-Match", item.etag);
        }
        HttpResponse<String> response = send(request.build(), method + " " + path);
        if (response == null) {
            acknowledged.remove(item.key());  // the outcome is unknown; the error already fails the soak
            return false;
        }
        writes.incrementAndGet();
        if (response.statusCode() != expected) {
            error(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            return false;
        }
        item.etag = response.headers().firstValue("ETag").orElse(null);
        item.value = method.equals("DELETE") ? null : item.pending;
        acknowledged.put(item.key(), item.value == null ? "" : item.value);
        return true;
    }

    /**
     * Two editors change one tag with the same ETag at the same moment, round after round: exactly one must win
     * (200) and the other be refused (412). The tag must end with the label of the last winner.
     */
    void raceLoop(AtomicReference<String> lastWinner) {
        String path = "/api/v1/tags/soak-race";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tags")).header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\": \"soak-race\", \"label\": \"race 0\"}")).build(), "POST soak-race");
        if (created == null || created.statusCode() != 201) {
            error("could not create the race's tag: " + (created == null ? "no answer" : created.statusCode() + " " + created.body()));
            return;
        }
        lastWinner.set("race 0");
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (long round = 1; running; round++) {
            List<String> labels = List.of("race " + round + " a", "race " + round + " b");
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String label : labels) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", token).header("If-Match", etag).header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"label\": \"" + label + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try {
                    HttpResponse<String> answer = answers.get(i).join();
                    writes.incrementAndGet();
                    statuses.add(answer.statusCode());
                    if (answer.statusCode() == 200) {
                        lastWinner.set(labels.get(i));
                        etag = answer.headers().firstValue("ETag").orElseThrow();
                    }
                } catch (RuntimeException e) {
                    error("PATCH " + path + " failed: " + e.getCause());
                    return;
                }
            }
            if (!statuses.containsAll(List.of(200, 412))) {
                error("race round " + round + " answered " + statuses + ", expected one 200 and one 412");
                return;
            }
            raceRounds.incrementAndGet();
        }
    }

    HttpRequest get(String path, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (withToken) {
            request.header("Authorization", token);
        }
        return request.build();
    }

    /** The answer, or null after recording a connection failure; a 5xx is recorded too. */
    HttpResponse<String> send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                error(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            error(what + " failed: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void error(String message) {
        errors.add(message);
    }

    // ---- memory

    /** VmRSS of the service in KiB, every SAMPLE_EVERY, for the whole duration. */
    List<Long> sampleRss(long pid, Duration duration) throws IOException, InterruptedException {
        List<Long> samples = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    samples.add(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
            Thread.sleep(SAMPLE_EVERY.toMillis());
        }
        return samples;
    }

    // ---- the verdict

    /** Every acknowledged item read back with a token: present once in its collection with its last value, or gone. */
    long checkWrites(String raceWinner) {
        Map<String, Integer> listed = new HashMap<>();
        for (String resource : List.of("tags", "news")) {
            listSlugs(resource).forEach(slug -> listed.merge(resource + "/" + slug, 1, Integer::sum));
        }
        acknowledged.forEach((key, value) -> {
            int times = listed.getOrDefault(key, 0);
            HttpResponse<String> item = send(get("/api/v1/" + key, true), "GET " + key);
            if (item == null) {
                return;
            }
            if (value.isEmpty()) {
                if (times != 0 || item.statusCode() != 404) {
                    error(key + " was deleted, yet is listed " + times + " times and answers " + item.statusCode());
                }
            } else if (times != 1 || item.statusCode() != 200 || !value.equals(field(item.body(), key.startsWith("tags") ? "label" : "title"))) {
                error(key + " should be listed once with \"" + value + "\"; listed " + times + " times, answers " + item.statusCode()
                        + ": " + item.body());
            }
        });
        HttpResponse<String> race = send(get("/api/v1/tags/soak-race", true), "GET soak-race");
        if (raceWinner != null && (race == null || !raceWinner.equals(field(race.body(), "label")))) {
            error("the race's tag should carry the last winner's label \"" + raceWinner + "\": " + (race == null ? "" : race.body()));
        }
        return acknowledged.size() + 1;
    }

    List<String> listSlugs(String resource) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1; ; page++) {
            String path = "/api/v1/" + resource + "?size=100&page=" + page + (resource.equals("news") ? "&status=any" : "");
            HttpResponse<String> response = send(get(path, true), "GET " + path);
            if (response == null || response.statusCode() != 200) {
                error("GET " + path + " answered " + (response == null ? "nothing" : response.statusCode()));
                return slugs;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(response.body())).get("items");
            items.forEach(item -> slugs.add((String) item.get("slug")));
            if (items.size() < 100) {
                return slugs;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String field(String json, String name) {
        return (String) ((Map<String, Object>) Json.parse(json)).get(name);
    }

    boolean report(Duration duration, long checked, List<Long> rss) {
        long rounds = raceRounds.get();
        System.out.printf("soak: %d s, %d readers, %d writers and an If-Match race of two editors%n", duration.toSeconds(), READERS, WRITERS);
        System.out.printf("requests served: %d (reads %d, writes %d, of which %d raced PATCHes: %d won, %d refused with 412 as designed)%n",
                reads.get() + writes.get(), reads.get(), writes.get(), 2 * rounds, rounds, rounds);
        long deleted = acknowledged.values().stream().filter(String::isEmpty).count();
        System.out.printf("writes checked: %d items (%d present exactly once with their last acknowledged content, %d deleted and gone)%n",
                checked, checked - deleted, deleted);
        System.out.printf("errors: %d%n", errors.size());
        errors.stream().limit(20).forEach(e -> System.out.println("  " + e));
        boolean flat = true;
        List<Long> measured = rss.subList((int) Math.min(rss.size(), WARM_UP.toMillis() / SAMPLE_EVERY.toMillis()), rss.size());
        if (measured.size() >= 8) {
            double earlier = mean(measured.subList(0, measured.size() / 2));
            double later = mean(measured.subList(measured.size() / 2, measured.size()));
            flat = later <= earlier * (1 + RSS_TOLERANCE);
            System.out.printf("RSS MiB: first %d, peak %d, last %d; after %d s of warm-up, mean of the earlier half %.0f, of the later half %.0f"
                              + " (%+.1f%%, tolerance %.0f%%)%n",
                    rss.get(0) / 1024, rss.stream().mapToLong(Long::longValue).max().orElse(0) / 1024, rss.get(rss.size() - 1) / 1024,
                    WARM_UP.toSeconds(), earlier / 1024, later / 1024, 100 * (later / earlier - 1), 100 * RSS_TOLERANCE);
            if (!flat) {
                System.out.println("memory grew beyond the tolerance");
            }
        } else {
            System.out.println("RSS: too few samples after the warm-up to compare (" + measured.size() + "); run longer");
            flat = false;
        }
        return errors.isEmpty() && flat;
    }

    static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** An item one writer owns: what it was last told and what it sent. */
    static final class Item {
        final String resource;
        final String slug;
        String etag;
        String value;
        String pending;

        Item(String resource, String slug) {
            this.resource = resource;
            this.slug = slug;
        }

        String key() {
            return resource + "/" + slug;
        }

        String body(String text) {
            pending = text + " " + slug + " ✓ ünïcode";
            return resource.equals("tags")
                    ? "{\"slug\": \"" + slug + "\", \"label\": \"" + pending + "\"}"
                    : "{\"slug\": \"" + slug + "\", \"title\": \"" + pending + "\", \"body\": \"Soak *" + slug + "*\", "
                      + "\"tags\": [\"violent-extremism\"], \"status\": \"" + (slug.hashCode() % 3 == 0 ? "draft" : "published") + "\"}";
        }

        String patch(String text) {
            pending = text + " " + slug;
            return "{\"" + (resource.equals("tags") ? "label" : "title") + "\": \"" + pending + "\"}";
        }
    }

    /** Just enough JSON to read answers back: objects, arrays, strings, and other values as their text. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        private Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                while (next() != '}') {
                    String key = string();
                    expect(':');
                    object.put(key, value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                while (next() != ']') {
                    array.add(value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return array;
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private char next() {
            skipSpace();
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at);
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
