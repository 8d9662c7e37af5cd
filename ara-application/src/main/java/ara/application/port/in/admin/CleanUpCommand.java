package ara.application.port.in.admin;

import java.util.Objects;

/**
 * A clean-up request.
 *
 * @param dryRun only report what would be deleted
 * @param actor  who asked, for the audit log ({@code user:<subject>}, {@code scheduler}, {@code cli})
 */
public record CleanUpCommand(boolean dryRun, String actor) {
    public CleanUpCommand {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank");
        }
    }
}
