package ara.domain.report;

/** A brand colour is not of the form {@code #RRGGBB}. */
public final class BrandColourRejected extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String value;

    public BrandColourRejected(String value) {
        super("brandColour must be #RRGGBB (a hash and six hexadecimal digits, e.g. #1F6FEB), got "
                + quoted(value));
        this.value = value;
    }

    /** The rejected text (possibly {@code null}). */
    public String value() {
        return value;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        return "\"" + shown + "\"";
    }
}
