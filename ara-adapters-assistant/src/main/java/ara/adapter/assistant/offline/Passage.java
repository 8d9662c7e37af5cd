package ara.adapter.assistant.offline;

import ara.domain.questionnaire.StepId;

/**
 * One retrievable piece of knowledge.
 *
 * @param title    what it is about, as cited ("Question: …", "FAQ: …")
 * @param step     the step it belongs to, or {@code null} for general knowledge
 * @param citation the framework items it rests on, as cited after it ("eu-ai-act Art. 14; …"); empty for none
 */
record Passage(String title, String text, StepId step, String citation) {
    Passage {
        citation = citation == null ? "" : citation;
    }

    /** A passage that cites no framework. */
    Passage(String title, String text, StepId step) {
        this(title, text, step, "");
    }
}
