package ara.adapter.web.common;

/** The path prefixes of the API, shared by the route table and the handlers that build links. */
public final class ApiPaths {
    /** Every versioned route lives under this prefix. */
    public static final String V1 = "/api/v1";

    private ApiPaths() {
    }

    public static String audit(String id) {
        return V1 + "/audits/" + id;
    }
}
