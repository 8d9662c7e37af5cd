/** The audit domain: questionnaire definitions, answers, wizard state, scoring and results; pure Java. */
module ara.domain {
    exports ara.domain.answer;
    exports ara.domain.questionnaire;
    exports ara.domain.logic;
    exports ara.domain.wizard;
    exports ara.domain.audit;
    exports ara.domain.identity;
    exports ara.domain.scoring;
    exports ara.domain.result;
    exports ara.domain.report;
    exports ara.domain.chat;
    exports ara.domain.event;
    exports ara.domain.text;
    exports ara.domain.history;
    exports ara.domain.webhook;
}
