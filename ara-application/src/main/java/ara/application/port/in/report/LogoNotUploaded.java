package ara.application.port.in.report;

/** A report asked for a logo by a key that names no upload ARA issued for the audit. */
public final class LogoNotUploaded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public LogoNotUploaded(String key, String why) {
        super("logoKey " + key + " " + why + "; upload the logo with POST /r2/upload for this audit first");
        this.key = key;
    }

    /** The key as given. */
    public String key() {
        return key;
    }
}
