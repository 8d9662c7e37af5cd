package ara.application.port.in.storage;

/** No object ARA issued has this key (or the caller may not see it). */
public final class ObjectNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectNotFound(String key) {
        super("object " + shown(key) + " does not exist");
    }

    private static String shown(String key) {
        if (key == null) {
            return "(none)";
        }
        return key.length() > 120 ? key.substring(0, 120) + "…" : key;
    }
}
