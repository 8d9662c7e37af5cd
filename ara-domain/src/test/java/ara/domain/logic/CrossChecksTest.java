package ara.domain.logic;

import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.domain.fixture.Definitions.step;
import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;

class CrossChecksTest {

    @Test
    void raisesNothingForTheWorkedCheck() {
        assertThat(warnings(ClassicQuestionnaire.workedAnswers())).isEmpty();
    }

    @Test
    void warnsAStartupAboutMicroservices() {
        List<Warning> warnings = warnings(AnswersBuilder.answers()
                .choice("company_size", "startup").choice("api_architecture", "microservices").build());

        assertThat(warnings).containsExactly(new Warning("startup_with_microservices",
                "Microservices are costly for a startup; a modular monolith may serve you better.",
                List.of(QuestionId.of("company_size"), QuestionId.of("api_architecture")), List.of()));
    }

    @Test
    void doesNotWarnAStartupWithoutMicroservicesOrMicroservicesOutsideAStartup() {
        assertThat(warnings(AnswersBuilder.answers()
                .choice("company_size", "startup").choice("api_architecture", "graphql").build())).isEmpty();
        assertThat(warnings(AnswersBuilder.answers()
                .choice("company_size", "large").choice("api_architecture", "microservices").build())).isEmpty();
    }

    @Test
    void warnsHealthcareWithoutHipaa() {
        List<Warning> warnings = warnings(AnswersBuilder.answers()
                .choice("industry", "healthcare").choices("compliance_requirements", "gdpr").build());

        assertThat(warnings).containsExactly(new Warning("healthcare_without_hipaa",
                "Healthcare organizations usually need HIPAA compliance; missing: HIPAA.",
                List.of(QuestionId.of("industry"), QuestionId.of("compliance_requirements")), List.of("hipaa")));
    }

    @Test
    void warnsHealthcareThatChoseNoComplianceAtAll() {
        assertThat(warnings(AnswersBuilder.answers()
                .choice("industry", "healthcare").choices("compliance_requirements", "none").build()))
                .extracting(Warning::code).containsExactly("healthcare_without_hipaa");
        assertThat(warnings(AnswersBuilder.answers()
                .choice("industry", "healthcare").choices("compliance_requirements").build()))
                .extracting(Warning::code).containsExactly("healthcare_without_hipaa");
    }

    @Test
    void doesNotWarnHealthcareWithHipaaOrBeforeComplianceIsAnswered() {
        assertThat(warnings(AnswersBuilder.answers()
                .choice("industry", "healthcare").choices("compliance_requirements", "gdpr", "hipaa").build()))
                .isEmpty();
        assertThat(warnings(AnswersBuilder.answers().choice("industry", "healthcare").build())).isEmpty();
    }

    @Test
    void warnsRegulatedDataWithoutControlsListingTheMissingOnes() {
        List<Warning> warnings = warnings(AnswersBuilder.answers()
                .choice("data_sensitivity", "regulated").choices("security_practices", "access_control").build());

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("regulated_data_without_controls");
            assertThat(warning.missing()).containsExactly("encryption", "audit_logs");
            assertThat(warning.message())
                    .isEqualTo("Regulated data needs these security practices: Encryption, Audit logs.");
            assertThat(warning.questions()).containsExactly(QuestionId.of("data_sensitivity"),
                    QuestionId.of("security_practices"));
        });
    }

    @Test
    void doesNotWarnRegulatedDataWithAllControls() {
        assertThat(warnings(AnswersBuilder.answers().choice("data_sensitivity", "regulated")
                .choices("security_practices", "audit_logs", "access_control", "encryption", "security_training")
                .build())).isEmpty();
        assertThat(warnings(AnswersBuilder.answers().choice("data_sensitivity", "confidential")
                .choices("security_practices", "access_control").build())).isEmpty();
    }

    @Test
    void raisesSeveralWarningsInDefinitionOrder() {
        List<Warning> warnings = warnings(AnswersBuilder.answers()
                .choice("company_size", "startup").choice("industry", "healthcare")
                .choice("api_architecture", "microservices")
                .choices("security_practices", "security_training")
                .choices("compliance_requirements", "gdpr")
                .choice("data_sensitivity", "regulated").build());

        assertThat(warnings).extracting(Warning::code).containsExactly("startup_with_microservices",
                "healthcare_without_hipaa", "regulated_data_without_controls");
        assertThat(warnings.getLast().missing()).containsExactly("encryption", "access_control", "audit_logs");
    }

    @Test
    void ignoresHiddenAnswersOnBothSidesOfACheck() {
        QuestionnaireDefinition definition = Definitions.definition(List.of(Definitions.pillar("p")),
                List.of(new CrossCheck("c", Condition.equalTo("kind", "risky"), QuestionId.of("controls"),
                        List.of("x"), "missing {missing}")),
                step("s1", 1,
                        single("gate", "open", "closed").build(),
                        single("kind", "risky", "safe").hideIf(Condition.equalTo("gate", "closed")).build(),
                        multi("controls", "x", "y").hideIf(Condition.equalTo("gate", "open")).build()));
        Answers kindHidden = AnswersBuilder.answers().choice("gate", "closed").choice("kind", "risky")
                .choices("controls", "y").build();
        Answers controlsHidden = AnswersBuilder.answers().choice("gate", "open").choice("kind", "risky")
                .choices("controls", "y").build();

        assertThat(CrossChecks.warnings(Visibility.of(definition, kindHidden))).isEmpty();
        assertThat(CrossChecks.warnings(Visibility.of(definition, controlsHidden))).isEmpty();
    }

    private static List<Warning> warnings(Answers answers) {
        return CrossChecks.warnings(Visibility.of(ClassicQuestionnaire.definition(), answers));
    }
}
