package ara.application.port.in.storage;

/** An upload was asked for with a content type or size that is not allowed; names the field and the rule. */
public final class UploadRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public UploadRejected(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
