package ara.domain.audit;

import ara.domain.identity.UserIdentity;

import java.util.Objects;

/** Value object: the signed-in user who owns an audit: the subject of their tokens. */
public record OwnerId(String value) {
    public OwnerId {
        Objects.requireNonNull(value, "ownerId");
        if (value.isBlank() || value.length() > UserIdentity.SUBJECT_MAX) {
            throw new IllegalArgumentException("ownerId must be 1-" + UserIdentity.SUBJECT_MAX + " characters");
        }
    }

    public static OwnerId of(UserIdentity user) {
        return new OwnerId(user.subject());
    }

    @Override
    public String toString() {
        return value;
    }
}
