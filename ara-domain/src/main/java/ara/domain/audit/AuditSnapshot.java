package ara.domain.audit;

import ara.domain.answer.Answers;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestTokenHash;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: an audit as storage keeps it, to be reloaded with {@link Audit#reload} (and taken with
 * {@link Audit#snapshot}). What an audit may lack is {@link Optional}; stored data is taken as it was saved (an
 * organisation name longer than today's limit included). Built by name with {@link #builder()}. Immutable.
 *
 * @param questionnaireVersion the questionnaire version the audit is pinned to
 * @param scoringVersion       the scoring version the audit is pinned to
 * @param owner                the owning user (none for a guest audit not yet claimed)
 * @param version              starts at 1 and grows by one with every change
 * @param submittedAt          when it was submitted (none while a draft)
 * @param result               the result of scoring it (none until scored)
 * @param guestToken           the hash of the token that reaches a guest audit
 * @param guestEmail           the email a guest gave
 */
public record AuditSnapshot(AuditId id, QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                            Optional<String> organizationName, Optional<OwnerId> owner, AuditStatus status,
                            Answers answers, long version, Instant createdAt, Instant updatedAt,
                            Optional<Instant> submittedAt, Optional<AuditResult> result,
                            Optional<GuestTokenHash> guestToken, Optional<EmailAddress> guestEmail) {
    public AuditSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(guestToken, "guestToken");
        Objects.requireNonNull(guestEmail, "guestEmail");
    }

    /** An empty builder: every field without a default must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this snapshot's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .questionnaire(questionnaire)
                .questionnaireVersion(questionnaireVersion)
                .scoringVersion(scoringVersion)
                .organizationName(organizationName.orElse(null))
                .owner(owner.orElse(null))
                .status(status)
                .answers(answers)
                .version(version)
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .submittedAt(submittedAt.orElse(null))
                .result(result.orElse(null))
                .guestToken(guestToken.orElse(null))
                .guestEmail(guestEmail.orElse(null));
    }

    /**
     * Builds a snapshot field by field, as a storage row or document is read. The optional fields take
     * {@code null} for none and are none unless set. Not thread-safe; use one per read.
     */
    public static final class Builder {
        private AuditId id;
        private QuestionnaireId questionnaire;
        private Integer questionnaireVersion;
        private Integer scoringVersion;
        private String organizationName;
        private OwnerId owner;
        private AuditStatus status;
        private Answers answers;
        private Long version;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant submittedAt;
        private AuditResult result;
        private GuestTokenHash guestToken;
        private EmailAddress guestEmail;

        private Builder() {
        }

        public Builder id(AuditId value) {
            this.id = value;
            return this;
        }

        public Builder questionnaire(QuestionnaireId value) {
            this.questionnaire = value;
            return this;
        }

        public Builder questionnaireVersion(int value) {
            this.questionnaireVersion = value;
            return this;
        }

        public Builder scoringVersion(int value) {
            this.scoringVersion = value;
            return this;
        }

        /** @param value the organisation name, {@code null} for none */
        public Builder organizationName(String value) {
            this.organizationName = value;
            return this;
        }

        /** @param value the owning user, {@code null} for none */
        public Builder owner(OwnerId value) {
            this.owner = value;
            return this;
        }

        public Builder status(AuditStatus value) {
            this.status = value;
            return this;
        }

        public Builder answers(Answers value) {
            this.answers = value;
            return this;
        }

        public Builder version(long value) {
            this.version = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        /** @param value when it was submitted, {@code null} for not yet */
        public Builder submittedAt(Instant value) {
            this.submittedAt = value;
            return this;
        }

        /** @param value the result, {@code null} for none */
        public Builder result(AuditResult value) {
            this.result = value;
            return this;
        }

        /** @param value the guest token's hash, {@code null} for none */
        public Builder guestToken(GuestTokenHash value) {
            this.guestToken = value;
            return this;
        }

        /** @param value the guest's email, {@code null} for none */
        public Builder guestEmail(EmailAddress value) {
            this.guestEmail = value;
            return this;
        }

        /**
         * The snapshot.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public AuditSnapshot build() {
            return new AuditSnapshot(id, questionnaire,
                    Objects.requireNonNull(questionnaireVersion, "questionnaireVersion"),
                    Objects.requireNonNull(scoringVersion, "scoringVersion"), Optional.ofNullable(organizationName),
                    Optional.ofNullable(owner), status, answers, Objects.requireNonNull(version, "version"),
                    createdAt, updatedAt, Optional.ofNullable(submittedAt), Optional.ofNullable(result),
                    Optional.ofNullable(guestToken), Optional.ofNullable(guestEmail));
        }

        /** Shorthand for {@code Audit.reload(build())}. */
        public Audit reload() {
            return Audit.reload(build());
        }
    }
}
