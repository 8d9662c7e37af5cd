package ara.adapter.storage.local;

import ara.application.port.out.storage.SignedLinks;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of the local storage: its directory, ARA's public URL (where the signed links point) and the secret the
 * links are signed with. Validated when built; {@link #toString()} never shows the secret.
 *
 * @param root       the directory, made absolute; created if missing
 * @param publicUrl  ARA's URL as clients reach it, http or https, e.g. {@code https://ara.example.com}; the links
 *                   are {@code publicUrl + }{@value SignedLinks#PATH}{@code + key}
 * @param linkSecret the HMAC-SHA256 key of the links, at least {@value #MIN_SECRET_BYTES} bytes; every instance
 *                   serving the same directory needs the same one
 */
public record LocalStorageSettings(Path root, URI publicUrl, byte[] linkSecret) {
    /** The shortest link secret accepted: 32 bytes (256 bits, the HMAC-SHA256 block-size guidance). */
    public static final int MIN_SECRET_BYTES = 32;

    public LocalStorageSettings {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (!"https".equals(publicUrl.getScheme()) && !"http".equals(publicUrl.getScheme())
                || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("public URL must be an http:// or https:// URL with a host, got "
                    + publicUrl);
        }
        if (publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
                || publicUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("public URL must have no query, fragment or user info");
        }
        Objects.requireNonNull(linkSecret, "linkSecret");
        if (linkSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("link secret must be at least " + MIN_SECRET_BYTES + " bytes, got "
                    + linkSecret.length);
        }
        linkSecret = linkSecret.clone();
    }

    /** A copy of the secret. */
    @Override
    public byte[] linkSecret() {
        return linkSecret.clone();
    }

    /** Where the links point: the public URL (without a trailing {@code /}) followed by {@value SignedLinks#PATH}. */
    public String linkBase() {
        String base = publicUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + SignedLinks.PATH;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalStorageSettings that && root.equals(that.root) && publicUrl.equals(that.publicUrl)
                && Arrays.equals(linkSecret, that.linkSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, publicUrl, Arrays.hashCode(linkSecret));
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "LocalStorageSettings[" + root + ", links at " + linkBase() + ", secret ***]";
    }
}
