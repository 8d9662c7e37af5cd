package ara.adapter.web.http;

/** The path prefixes of the API, shared by the route table and the handlers that build links. */
public final class ApiPaths {
    /** Every versioned route lives under this prefix. */
    public static final String V1 = "/api/v1";
    /** The signed-URL service of the infrastructure guide (upload and download links, deletes, health). */
    public static final String SIGNED_URLS = "/r2";

    private ApiPaths() {
    }

    /**
     * Whether a request path belongs to the API ({@code /api/…}, the signed-URL service {@code /r2/…}) rather than
     * to the bundled web pages, which are served from every other path.
     */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals(SIGNED_URLS)
                || path.startsWith(SIGNED_URLS + "/");
    }

    public static String audit(String id) {
        return V1 + "/audits/" + id;
    }

    public static String report(String id) {
        return V1 + "/reports/" + id;
    }
}
