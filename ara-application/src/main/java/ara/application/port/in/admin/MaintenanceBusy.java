package ara.application.port.in.admin;

/** A clean-up was asked for while another instance holds its lease and runs it. */
public final class MaintenanceBusy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String job;

    public MaintenanceBusy(String job) {
        super(job + " is running on another instance");
        this.job = job;
    }

    public String job() {
        return job;
    }
}
