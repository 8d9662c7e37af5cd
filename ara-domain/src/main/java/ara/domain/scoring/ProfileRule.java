package ara.domain.scoring;

import ara.domain.questionnaire.Condition;

import java.util.Objects;

/** Value object: pick profile {@code profile} when {@code when} holds over the visible answers. */
public record ProfileRule(Condition when, String profile) {
    public ProfileRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(profile, "profile");
    }
}
