package ara.application.port.in.admin;

import java.util.Arrays;
import java.util.Objects;

/**
 * A questionnaire version to publish.
 *
 * @param document the catalog document (JSON, docs/questionnaire-format.md), as sent
 * @param actor    who publishes it ({@code user:<subject>})
 */
public record PublishQuestionnaireCommand(byte[] document, String actor) {
    public PublishQuestionnaireCommand {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(actor, "actor");
        document = document.clone();
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishQuestionnaireCommand command && actor.equals(command.actor)
                && Arrays.equals(document, command.document);
    }

    @Override
    public int hashCode() {
        return 31 * actor.hashCode() + Arrays.hashCode(document);
    }

    @Override
    public String toString() {
        return "PublishQuestionnaireCommand[" + document.length + " bytes, actor=" + actor + "]";
    }
}
