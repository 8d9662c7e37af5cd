package ara.atrest.json;

import ara.atrest.seal.PersonalDataCipher;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditSnapshot;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestTokenHash;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A whole {@link Audit} as one JSON document (UTF-8), every field by hand, so that what is read equals what was
 * written, to the nanosecond and the last bit of a number: the form the progress cache keeps. The guest's email is
 * sealed with the {@link PersonalDataCipher} the database uses, never in clear; the guest token is its hash (as in
 * the database). The document carries {@code "format": 1}; a reader meeting another format treats it as unreadable
 * (for a cache, a miss). Thread-safe.
 */
public final class AuditJson {
    public static final int FORMAT = 1;

    private final PersonalDataCipher cipher;

    public AuditJson(PersonalDataCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    public byte[] write(Audit audit) {
        ObjectNode node = StoredJson.object();
        node.put("format", FORMAT);
        node.put("id", audit.id().toString());
        node.put("questionnaire", audit.questionnaire().value());
        node.put("questionnaireVersion", audit.questionnaireVersion());
        node.put("scoringVersion", audit.scoringVersion());
        node.put("organizationName", audit.organizationName().orElse(null));
        node.put("owner", audit.owner().map(OwnerId::value).orElse(null));
        StoredJson.putEnum(node, "status", audit.status());
        node.put("version", audit.version());
        node.put("createdAt", audit.createdAt().toString());
        node.put("updatedAt", audit.updatedAt().toString());
        node.put("submittedAt", audit.submittedAt().map(Instant::toString).orElse(null));
        node.put("guestToken", audit.guestToken().map(GuestTokenHash::hex).orElse(null));
        node.put("guestEmail", audit.guestEmail().map(email -> cipher.seal(email.value())).orElse(null));
        ArrayNode answers = node.putArray("answers");
        audit.answers().asMap().forEach((question, value) -> {
            ObjectNode answer = answers.addObject();
            answer.put("question", question.value());
            answer.set("value", AnswerJson.node(value));
        });
        node.set("result", audit.result().<JsonNode>map(ResultJson::node).orElse(null));
        return StoredJson.writeBytes(node);
    }

    /**
     * @throws IllegalArgumentException when the bytes are not an audit document of this format
     * @throws ara.atrest.seal.SealedValueUnreadable when the guest's email cannot be opened
     */
    public Audit read(byte[] utf8) {
        JsonNode node = StoredJson.read(utf8);
        int format = StoredJson.integer(node, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown audit format " + format);
        }
        Map<QuestionId, AnswerValue> answers = new LinkedHashMap<>();
        for (JsonNode answer : StoredJson.field(node, "answers")) {
            answers.put(QuestionId.of(StoredJson.requiredText(answer, "question")),
                    AnswerJson.value(StoredJson.field(answer, "value")));
        }
        JsonNode result = StoredJson.field(node, "result");
        AuditResult auditResult = result.isNull() ? null : ResultJson.result(result);
        return AuditSnapshot.builder()
                .id(AuditId.parse(StoredJson.requiredText(node, "id")))
                .questionnaire(QuestionnaireId.of(StoredJson.requiredText(node, "questionnaire")))
                .questionnaireVersion(StoredJson.integer(node, "questionnaireVersion"))
                .scoringVersion(StoredJson.integer(node, "scoringVersion"))
                .organizationName(StoredJson.text(node, "organizationName"))
                .owner(optional(node, "owner", OwnerId::new))
                .status(StoredJson.enumValue(node, "status", AuditStatus.class))
                .answers(Answers.of(answers))
                .version(StoredJson.longInteger(node, "version"))
                .createdAt(StoredJson.requiredInstant(node, "createdAt"))
                .updatedAt(StoredJson.requiredInstant(node, "updatedAt"))
                .submittedAt(StoredJson.instant(node, "submittedAt"))
                .result(auditResult)
                .guestToken(optional(node, "guestToken", GuestTokenHash::new))
                .guestEmail(optional(node, "guestEmail", sealed -> new EmailAddress(cipher.open(sealed))))
                .reload();
    }

    private static <T> T optional(JsonNode node, String name, Function<String, T> parse) {
        String text = StoredJson.text(node, name);
        return text == null ? null : parse.apply(text);
    }
}
