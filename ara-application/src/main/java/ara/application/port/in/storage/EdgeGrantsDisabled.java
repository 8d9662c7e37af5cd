package ara.application.port.in.storage;

/** This ARA issues no edge grants: no edge worker is configured beside its object storage. */
public final class EdgeGrantsDisabled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EdgeGrantsDisabled() {
        super("this ARA issues no edge grants: no edge worker is configured (ARA_EDGE_WORKER_URL and"
                + " ARA_EDGE_GRANT_SECRET); use /r2/upload, /r2/download and /r2/delete instead");
    }
}
