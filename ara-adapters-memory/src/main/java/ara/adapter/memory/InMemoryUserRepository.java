package ara.adapter.memory;

import ara.application.port.out.identity.UserRepository;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.UserIdentity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Persistence adapter: the users ARA has seen, in memory (nothing kept across restarts). Thread-safe. */
public final class InMemoryUserRepository implements UserRepository {

    /** What is known of one user. */
    public record SeenUser(UserIdentity identity, Instant firstSeen, Instant lastSeen) {
    }

    private final Map<String, SeenUser> users = new ConcurrentHashMap<>();

    @Override
    public void recordSighting(UserIdentity user, Instant now) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(now, "now");
        users.merge(user.subject(), new SeenUser(user, now, now),
                (known, seen) -> new SeenUser(user, known.firstSeen(), now));
    }

    @Override
    public Optional<EmailAddress> emailOf(OwnerId user) {
        return find(Objects.requireNonNull(user, "user").value()).flatMap(seen -> seen.identity().emailAddress())
                .filter(EmailAddress::isWellFormed).map(EmailAddress::new);
    }

    @Override
    public boolean delete(String subject) {
        return users.remove(Objects.requireNonNull(subject, "subject")) != null;
    }

    /** The user with this subject, if seen. */
    public Optional<SeenUser> find(String subject) {
        return Optional.ofNullable(users.get(subject));
    }
}
