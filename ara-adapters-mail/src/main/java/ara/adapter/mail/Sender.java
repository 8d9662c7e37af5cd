package ara.adapter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Who ARA's messages come from: the {@code From} address, with a display name or without. Immutable.
 *
 * @param address the mailbox, e.g. {@code noreply@ara.example.com}
 * @param name    the display name, e.g. {@code ARA}, or empty
 */
public record Sender(String address, String name) {
    public Sender {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        try {
            InternetAddress checked = new InternetAddress(address, true);
            if (checked.isGroup() || !address.equals(checked.getAddress()) || address.indexOf('@') < 1) {
                throw new IllegalArgumentException("from must be one address such as noreply@example.com");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("from must be one address such as noreply@example.com: "
                    + e.getMessage(), e);
        }
        if (name.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("from must be one line");
        }
    }

    /** {@code Name <address>} or a bare address, as in a {@code From} header. */
    public static Sender parse(String text) {
        Objects.requireNonNull(text, "from");
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parse(text.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("from must look like 'ARA <noreply@example.com>': " + e.getMessage(), e);
        }
        if (parsed.length != 1) {
            throw new IllegalArgumentException("from must be exactly one address, e.g. 'ARA <noreply@example.com>'");
        }
        String name = parsed[0].getPersonal();
        return new Sender(parsed[0].getAddress(), name == null ? "" : name);
    }

    /** The domain of the address: message ids end with it. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    InternetAddress internetAddress() {
        try {
            return new InternetAddress(address, name.isEmpty() ? null : name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    @Override
    public String toString() {
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
