package ara.adapter.assistant.offline;

import ara.domain.questionnaire.StepId;

/**
 * One retrievable piece of knowledge.
 *
 * @param title what it is about, as cited ("Question: …", "FAQ: …")
 * @param step  the step it belongs to, or {@code null} for general knowledge
 */
record Passage(String title, String text, StepId step) {
}
