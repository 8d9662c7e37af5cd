/** Questionnaire definitions: immutable, versioned, validated when built. */
package ara.domain.questionnaire;
