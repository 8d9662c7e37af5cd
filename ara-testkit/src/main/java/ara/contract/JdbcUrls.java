package ara.contract;

/** Rewrites {@code jdbc:mysql://host:port/database?options} URLs. Stateless. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    /** The URL with its database replaced (or added); options are kept. */
    static String withDatabase(String url, String database) {
        return withoutDatabase(url) + "/" + database + options(url);
    }

    /** Scheme and hosts only: {@code jdbc:mysql://host:port}. */
    static String withoutDatabase(String url) {
        String base = beforeOptions(url);
        int hosts = base.indexOf("//");
        if (hosts < 0) {
            throw new IllegalArgumentException("not a jdbc:mysql://host/database URL: " + url);
        }
        int slash = base.indexOf('/', hosts + 2);
        return slash < 0 ? base : base.substring(0, slash);
    }

    /** The URL with more options appended. */
    static String withOptions(String url, String more) {
        return url + (url.contains("?") ? "&" : "?") + more;
    }

    private static String beforeOptions(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }

    private static String options(String url) {
        int question = url.indexOf('?');
        return question < 0 ? "" : url.substring(question);
    }
}
