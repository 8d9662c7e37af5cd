package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The bundled web pages: static files (one HTML page, its style sheet and ES modules) served from the class path
 * at {@code /}. They are not routes of the route table, so the OpenAPI document does not describe them; the
 * {@link RequestFilter} gives them their own content security policy. The folder's name ({@code static}) is no
 * legal package name, so the module system leaves the files readable without an {@code opens}. A page path that
 * names no file gets {@link #notFound(Context) the not-found page}.
 */
final class WebPages {
    /** The class-path folder of the pages. */
    static final String FOLDER = "/ara/adapter/web/static";
    /** The not-found page: beside the folder, not in it, so that no URL serves it with a 200. */
    static final String NOT_FOUND_RESOURCE = "not-found.html";
    static final String HTML = "text/html; charset=utf-8";
    private static final byte[] NOT_FOUND = read(NOT_FOUND_RESOURCE);

    private WebPages() {
    }

    static void serve(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FOLDER;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", SecurityHeaders.PAGE_CACHE_CONTROL);
        });
    }

    /**
     * Answers a page path that names no file: 404 with a small HTML page in the pages' style (a person typed or
     * followed it, so no problem+json), linking to the start page and to the audit saved in the browser. The page
     * is the same for every path and repeats nothing of the request, so nothing a caller sends ends up in it. The
     * request filter has set the pages' security headers, {@code Cache-Control} and the request id already.
     */
    static void notFound(Context ctx) {
        ctx.status(404).contentType(HTML).result(NOT_FOUND);
    }

    private static byte[] read(String resource) {
        try (InputStream in = WebPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the web adapter's " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
