package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled web pages: served at {@code /} with their own content security policy and {@code no-cache}, each
 * file with its content type; a page path that names no file gets the HTML not-found page; the API's headers and
 * problem+json errors unchanged (a 404 included); no inline script or style that the policy would block, and no
 * HTML built from strings.
 */
class WebPagesTest extends ApiTest {
    private static final Path FOLDER = Path.of("src/main/resources/ara/adapter/web/static");
    private static final Map<String, String> TYPES = Map.of(".html", "text/html", ".css", "text/css",
            ".js", "text/javascript", ".svg", "image/svg+xml", ".png", "image/png");

    @Test
    void servesTheIndexAsHtmlUnderThePagePolicy() {
        Api.Reply reply = api.anonymous().get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY)
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.body()).contains("<main id=\"main\"", "<noscript>", "src=\"app.js\"");
        assertThat(api.anonymous().get("/index.html").body()).isEqualTo(reply.body());
    }

    @Test
    void servesEveryFileWithItsContentTypeAndThePagePolicy() {
        List<String> files = files();
        assertThat(files).contains("index.html", "app.css", "app.js", "api.js", "store.js", "wizard.js",
                "results.js", "review.js", "chat.js");
        for (String file : files) {
            Api.Reply reply = api.anonymous().get("/" + file);
            assertThat(reply.status()).as(file).isEqualTo(200);
            assertThat(reply.header("Content-Type")).as(file).startsWith(TYPES.get(extension(file)));
            assertThat(reply.header("Content-Security-Policy")).as(file).isEqualTo(SecurityHeaders.PAGE_POLICY);
            assertThat(reply.header("Cache-Control")).as(file).isEqualTo("no-cache");
            assertThat(reply.body()).as(file).isEqualTo(read(file));
        }
    }

    @Test
    void aRepeatedRequestIsRevalidated() {
        Api.Reply first = api.anonymous().get("/app.js");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        Api.Reply again = api.anonymous().get("/app.js", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void answersHead() {
        Api.Reply head = api.anonymous().send("HEAD", "/", null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("text/html");
        assertThat(head.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theApiKeepsItsOwnPolicyAndProblems() {
        Api.Reply questionnaire = api.anonymous().get("/api/v1/questionnaire");
        assertThat(questionnaire.header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.ALL.get("Content-Security-Policy"));

        Api.Reply missing = api.anonymous().get("/api/v1/no-such-route");
        Api.problem(missing, 404);
        assertThat(missing.header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.ALL.get("Content-Security-Policy"));
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
        Api.problem(api.anonymous().get("/api/index.html"), 404);
        Api.problem(api.anonymous().get("/r2/app.js"), 404);
    }

    @Test
    void aMistypedPageIsTheNotFoundPageNotTheIndexOrAProblem() {
        // The pages route with the URL's fragment (#/wizard/…), so no other path needs the index.
        Api.Reply reply = api.anonymous().get("/wizard/some-step", "X-Request-Id", "mistyped-1");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).matches("text/html; ?charset=utf-8");
        assertThat(reply.body()).isEqualTo(readNotFound())
                .contains("<h1 id=\"not-found-title\">Page not found</h1>", "<a class=\"button primary\" href=\"/\">",
                        "href=\"/#/wizard\">Resume your audit</a>", "<header class=\"site-header\">",
                        "<link rel=\"stylesheet\" href=\"/app.css\">")
                .doesNotContain("some-step");
        SecurityHeaders.PAGES.forEach((name, value) -> assertThat(reply.header(name)).as(name).isEqualTo(value));
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(reply.header("X-Request-Id")).isEqualTo("mistyped-1");
    }

    @Test
    void theNotFoundPageIsTheSameForEveryPathAndMethodAndRepeatsNoneOfThem() {
        for (String path : List.of("/nowhere", "/a/b/c.html", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/apiary",
                "/not-found.html", "/static/app.js")) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                Api.Reply reply = api.anonymous().send(method, path, null);
                assertThat(reply.status()).as(method + " " + path).isEqualTo(404);
                assertThat(reply.header("Content-Type")).as(method + " " + path).startsWith("text/html");
                assertThat(reply.body()).as(method + " " + path).isEqualTo(readNotFound());
                assertThat(reply.header("X-Request-Id")).as(method + " " + path).isNotBlank();
            }
        }
    }

    @Test
    void theNotFoundPageAnswersHeadWithItsHeadersAndNoBody() {
        Api.Reply head = api.anonymous().send("HEAD", "/wizard/some-step", null);

        assertThat(head.status()).isEqualTo(404);
        assertThat(head.header("Content-Type")).matches("text/html; ?charset=utf-8");
        assertThat(head.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(head.header("X-Request-Id")).isNotBlank();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anUnknownApiPathStaysAProblemOnEveryMethodAndOnHead() {
        for (String path : List.of("/api/", "/api/index.html", "/api/v1/wizard/some-step", "/r2/", "/r2/index.html")) {
            Api.problem(api.anonymous().get(path), 404);
            Api.problem(api.anonymous().send("POST", path, null), 404);
            Api.Reply head = api.anonymous().send("HEAD", path, null);
            assertThat(head.status()).as("HEAD " + path).isEqualTo(404);
            assertThat(head.header("Content-Type")).as("HEAD " + path).startsWith("application/problem+json");
            assertThat(head.body()).as("HEAD " + path).isEmpty();
        }
        // The bare prefixes too (their problem's instance is the prefix itself).
        for (String path : List.of("/api", "/r2")) {
            Api.Reply reply = api.anonymous().get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(reply.json().get("instance").asText()).isEqualTo(path);
        }
    }

    @Test
    void theNotFoundPageNeedsNothingButThePagesOwnFilesAndHasNoInlineScriptOrStyle() {
        String html = readNotFound();
        assertThat(html).doesNotContainPattern("(?i)<script\\b").doesNotContainPattern("(?i)<style\\b")
                .doesNotContainPattern("(?i)\\sstyle\\s*=").doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .contains("<html lang=\"en\">", "<meta name=\"viewport\"", "<title>Page not found");
        // Absolute references: the page answers at any depth (/a/b/c), where relative ones would miss.
        Matcher references = Pattern.compile("(?:href|src)=\"([^\"#]*)").matcher(html);
        int count = 0;
        while (references.find()) {
            String reference = references.group(1);
            assertThat(reference).as("a reference is absolute").startsWith("/");
            assertThat(api.anonymous().get(reference).status()).as(reference).isEqualTo(200);
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theIndexHasNoInlineScriptOrStyle() {
        String html = read("index.html");
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("a script element has a src").contains("src=\"");
            assertThat(scripts.group(2)).as("a script element is empty").isBlank();
        }
        assertThat(count).isEqualTo(1);
        assertThat(html).doesNotContainPattern("(?i)<style\\b").doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(?i)javascript:");
        assertThat(html).contains("<html lang=\"en\">", "<meta name=\"viewport\"", "<noscript>");
    }

    /**
     * The index preloads every module app.js reaches through its imports, and nothing else: a module added without
     * its preload would be fetched one import level later (a round trip more on a phone), a stale preload wasted.
     */
    @Test
    void theIndexPreloadsExactlyTheModulesTheEntryImports() {
        Pattern imports = Pattern.compile("from '\\./([a-z]+\\.js)'");
        Set<String> reached = new TreeSet<>();
        Deque<String> open = new ArrayDeque<>(List.of("app.js"));
        while (!open.isEmpty()) {
            Matcher imported = imports.matcher(read(open.pop()));
            while (imported.find()) {
                if (reached.add(imported.group(1))) {
                    open.push(imported.group(1));
                }
            }
        }
        Matcher preloads = Pattern.compile("<link rel=\"modulepreload\" href=\"([a-z]+\\.js)\">").matcher(read("index.html"));
        Set<String> preloaded = new TreeSet<>();
        while (preloads.find()) {
            preloaded.add(preloads.group(1));
        }
        assertThat(reached).contains("wizard.js", "chat.js", "visibility.js");
        assertThat(preloaded).isEqualTo(reached);
    }

    @Test
    void theScriptsBuildNoHtmlFromStringsAndImportOnlyTheirSiblings() {
        Pattern imports = Pattern.compile("from '\\./([a-z]+\\.js)'");
        for (String file : files().stream().filter(f -> f.endsWith(".js")).toList()) {
            String script = read(file);
            assertThat(script).as(file).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                    "document.write", "eval(", "new Function", "setAttribute('style'");
            Matcher imported = imports.matcher(script);
            while (imported.find()) {
                assertThat(files()).as(file + " imports " + imported.group(1)).contains(imported.group(1));
            }
        }
    }

    private static List<String> files() {
        try (Stream<Path> listing = Files.list(FOLDER)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as the reply's body reads it: UTF-8, an image's bytes that are no UTF-8 replaced alike. */
    private static String read(String file) {
        try {
            return new String(Files.readAllBytes(FOLDER.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readNotFound() {
        try {
            return Files.readString(FOLDER.resolveSibling(WebPages.NOT_FOUND_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.'));
    }
}
