package ara.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads a variable holding ARA's own or another service's http(s) base URL. */
final class HttpUrls {
    private HttpUrls() {
    }

    /**
     * An http:// or https:// URL with a host and no query, fragment or user.
     *
     * @throws InvalidConfiguration naming the variable otherwise
     */
    static URI parse(String variable, String text) {
        try {
            URI url = new URI(text.strip());
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null
                    || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
                throw new InvalidConfiguration(variable, "must be an http:// or https:// URL with a host and"
                        + " no query, e.g. https://ara.example.com, got '" + text + "'");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidConfiguration(variable, "is not a URL: " + e.getReason());
        }
    }
}
