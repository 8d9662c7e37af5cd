package ara.bootstrap.config;

/** A configuration variable is missing, malformed or inconsistent; the message names the variable. */
public final class InvalidConfiguration extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String variable;

    public InvalidConfiguration(String variable, String problem) {
        super(variable + ": " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
