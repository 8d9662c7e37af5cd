package ara.atrest.seal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** The one form of an email address that is stored, hashed and looked up, so that lookups are exact. */
public final class Emails {
    private Emails() {
    }

    /**
     * The address trimmed, in Unicode NFC, and lower-cased as a whole ({@link Locale#ROOT}). The local part is
     * case-sensitive by RFC 5321, but no mainstream provider treats it so, and two accounts differing only in case
     * would be a worse failure than a mailbox that really is case-sensitive. Nothing else is rewritten (no removal
     * of dots or {@code +tags}: those are provider-specific and may be different mailboxes).
     *
     * @throws IllegalArgumentException when there is no text before or after the last '@' (the message never
     *                                  repeats the address: it is personal data)
     */
    public static String normalise(String email) {
        Objects.requireNonNull(email, "email");
        String form = Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int at = form.lastIndexOf('@');
        if (at <= 0 || at == form.length() - 1) {
            throw new IllegalArgumentException("an email address needs text before and after its '@'");
        }
        return form;
    }
}
