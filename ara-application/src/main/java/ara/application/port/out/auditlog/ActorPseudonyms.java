package ara.application.port.out.auditlog;

/**
 * Outbound port: the pseudonym an erased account's actor takes in the audit log, a keyed hash of the actor (the
 * same actor always gets the same pseudonym; without the key nobody can tell whose it is). Thread-safe.
 */
@FunctionalInterface
public interface ActorPseudonyms {

    /** The pseudonym of {@code actor} (e.g. {@code user:<subject>}): {@code pseudonym:} and the keyed hash. */
    String of(String actor);
}
