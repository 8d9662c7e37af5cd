package ara.contract;

import ara.application.port.out.chat.ChatRepository;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.Embedding;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ChatRepository} must have: every field kept (content, step, source, suggestions of
 * every answer shape, the float32 vector exactly), pages newest first with a {@code before} cursor, audits kept
 * apart, deletion per audit. Subclasses provide the adapter and audits it may attach messages to.
 */
public abstract class ChatRepositoryContract {

    protected abstract ChatRepository repository();

    /** A new audit that messages may belong to (stored, where the adapter needs it to exist). */
    protected abstract AuditId newAudit();

    private static ChatMessage user(AuditId audit, String content, Instant at, Embedding embedding) {
        return new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, ChatRole.USER, content,
                StepId.of("profile"), null, List.of(), at, embedding);
    }

    @Test
    void keepsEveryFieldOfAMessage() {
        AuditId audit = newAudit();
        float[] vector = {0.1f, -0.25f, 1e-7f, Float.MIN_VALUE, 3.4e38f, 0f};
        ChatMessage asked = user(audit, AuditSamples.AWKWARD_TEXT, AuditSamples.T0, new Embedding("test-model", vector));
        ChatMessage reply = new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, ChatRole.ASSISTANT,
                "Reply «ok»", null, ChatSource.LLM, List.of(
                new SuggestedAnswer(QuestionId.of("industry"), new AnswerValue.Choice("finance"), "You said banking"),
                new SuggestedAnswer(QuestionId.of("data-sources"), new AnswerValue.Choices(List.of("crm", "erp")), ""),
                new SuggestedAnswer(QuestionId.of("automation-maturity"), new AnswerValue.Number(7.5), "why"),
                new SuggestedAnswer(QuestionId.of("has-api"), new AnswerValue.Flag(true), "yes"),
                new SuggestedAnswer(QuestionId.of("comments"), new AnswerValue.Text("a \"text\""), "")),
                AuditSamples.T0.plusMillis(5), null);

        assertThat(repository().append(asked)).isEqualTo(asked);
        repository().append(reply);

        List<ChatMessage> page = repository().page(audit, null, 10);
        assertThat(page).containsExactly(reply, asked);
        assertThat(page.get(1).embedding().values()).containsExactly(vector);
        assertThat(page.get(1).embedding().model()).isEqualTo("test-model");
        assertThat(repository().count(audit)).isEqualTo(2);
    }

    @Test
    void pagesNewestFirstBeforeACursor() {
        AuditId audit = newAudit();
        List<ChatMessage> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(repository().append(user(audit, "message " + i, AuditSamples.T0.plusSeconds(i), null)));
        }

        assertThat(repository().page(audit, null, 3)).containsExactly(all.get(6), all.get(5), all.get(4));
        assertThat(repository().page(audit, all.get(4).createdAt(), 3))
                .containsExactly(all.get(3), all.get(2), all.get(1));
        assertThat(repository().page(audit, all.get(1).createdAt(), 3)).containsExactly(all.get(0));
        assertThat(repository().page(audit, null, 0)).isEmpty();
    }

    @Test
    void keepsAuditsApartAndDeletesPerAudit() {
        AuditId mine = newAudit();
        AuditId other = newAudit();
        repository().append(user(mine, "mine", AuditSamples.T0, null));
        repository().append(user(mine, "mine again", AuditSamples.T0.plusSeconds(1), null));
        ChatMessage theirs = repository().append(user(other, "theirs", AuditSamples.T0, null));

        assertThat(repository().page(other, null, 10)).containsExactly(theirs);
        assertThat(repository().deleteAudit(mine)).isEqualTo(2);
        assertThat(repository().page(mine, null, 10)).isEmpty();
        assertThat(repository().count(mine)).isZero();
        assertThat(repository().page(other, null, 10)).containsExactly(theirs);
    }

    @Test
    void refusesASecondMessageWithTheSameId() {
        ChatMessage message = user(newAudit(), "once", AuditSamples.T0, null);
        repository().append(message);

        assertThatThrownBy(() -> repository().append(message)).isInstanceOf(IllegalStateException.class);
    }
}
