package ara.domain.audit;

import java.util.Objects;

/** Value object: who owns an audit (a user or a guest identity); audits without an owner are anonymous. */
public record OwnerId(String value) {
    public OwnerId {
        Objects.requireNonNull(value, "ownerId");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("ownerId must be 1-128 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
