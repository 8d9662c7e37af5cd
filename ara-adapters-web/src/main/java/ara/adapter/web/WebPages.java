package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.util.Map;

/**
 * The bundled web pages: static files (one HTML page, its style sheet and ES modules) served from the class path
 * at {@code /}. They are not routes of the route table, so the OpenAPI document does not describe them; the
 * {@link RequestFilter} gives them their own content security policy. The folder's name ({@code static}) is no
 * legal package name, so the module system leaves the files readable without an {@code opens}.
 */
final class WebPages {
    /** The class-path folder of the pages. */
    static final String FOLDER = "/ara/adapter/web/static";

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
}
