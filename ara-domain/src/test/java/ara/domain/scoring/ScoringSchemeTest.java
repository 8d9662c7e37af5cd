package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static ara.domain.fixture.ClassicQuestionnaire.BUSINESS;
import static ara.domain.fixture.ClassicQuestionnaire.OPERATIONAL;
import static ara.domain.fixture.ClassicQuestionnaire.SECURITY;
import static ara.domain.fixture.ClassicQuestionnaire.TECHNICAL;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class ScoringSchemeTest {

    private static final ScoringScheme CLASSIC = ClassicQuestionnaire.scheme();

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "enterprise, retail, enterprise",
            "medium, finance, enterprise",
            "small, healthcare, enterprise",
            "startup, finance, enterprise",
            "startup, healthcare, enterprise",
            "startup, technology, startup",
            "startup, retail, startup",
            "medium, retail, default",
            "large, technology, default",
            "small, education, default"
    })
    void choosesTheProfileByCompanySizeAndIndustry(String companySize, String industry, String profile) {
        Answers answers = AnswersBuilder.answers().choice("company_size", companySize).choice("industry", industry)
                .build();

        assertThat(CLASSIC.modelFor(answers).profile().id()).isEqualTo(profile);
        assertThat(CLASSIC.score(answers).profileId()).isEqualTo(profile);
    }

    @Test
    void fallsBackToTheDefaultProfileWithoutAnswers() {
        assertThat(CLASSIC.modelFor(Answers.none()).profile().id()).isEqualTo("default");
        assertThat(CLASSIC.fallback()).isEqualTo("default");
        assertThat(CLASSIC.models()).containsOnlyKeys("default", "enterprise", "startup");
    }

    @Test
    void choosesTheEnterpriseProfileForAStartupInHealthcareBecauseTheFirstRuleWins() {
        Answers answers = AnswersBuilder.answers().choice("company_size", "startup").choice("industry", "healthcare")
                .build();

        assertThat(CLASSIC.score(answers).profileId()).isEqualTo("enterprise");
    }

    @Test
    void scoresTheWorkedCheckWithTheDefaultProfile() {
        ScoreCard card = CLASSIC.score(ClassicQuestionnaire.workedAnswers());

        assertThat(card.profileId()).isEqualTo("default");
        assertThat(card.total()).isEqualTo(new ScoreSummary(6.5, 10.88, 59.76));
    }

    @Test
    void scoresWithTheEnterpriseProfile() {
        Answers answers = ClassicQuestionnaire.workedAnswers()
                .with(QuestionId.of("industry"), new AnswerValue.Choice("finance"));

        ScoreCard card = CLASSIC.score(answers);

        assertThat(card.profileId()).isEqualTo("enterprise");
        // compliance [gdpr]: threshold band 1..2 -> 6 at weight .5; security 5.5 × .4 + 6 × .5 + 6 × .3 = 7 of 12
        assertThat(card.questions()).filteredOn(q -> q.question().value().equals("compliance_requirements"))
                .extracting(QuestionScore::score, QuestionScore::weight).containsExactly(tuple(6.0, 0.5));
        assertThat(card.pillars()).extracting(PillarScore::pillar, PillarScore::weight, PillarScore::summary)
                .containsExactly(
                        tuple(BUSINESS, 0.25, new ScoreSummary(4.72, 6.5, 72.55)),
                        tuple(TECHNICAL, 0.35, new ScoreSummary(9.75, 15, 65.01)),
                        tuple(SECURITY, 0.30, new ScoreSummary(7, 12, 58.33)),
                        tuple(OPERATIONAL, 0.20, new ScoreSummary(4.93, 10, 49.33)));
        // 4.72 × .25 + 9.75 × .35 + 7 × .3 + 4.93 × .2 = 7.6785 of 6.5 × .25 + 15 × .35 + 12 × .3 + 10 × .2 = 12.475
        assertThat(card.total()).isEqualTo(new ScoreSummary(7.68, 12.48, 61.55));
    }

    @Test
    void scoresWithTheStartupProfile() {
        Answers answers = ClassicQuestionnaire.workedAnswers()
                .with(QuestionId.of("company_size"), new AnswerValue.Choice("startup"));

        ScoreCard card = CLASSIC.score(answers);

        assertThat(card.profileId()).isEqualTo("startup");
        // current_ai_usage pilot: n = .6, (1.2^1.5) / (2^1.5) × 10 = 4.65 at weight .5; company_size 6.67
        assertThat(card.questions()).filteredOn(q -> q.pillar().equals(BUSINESS))
                .extracting(QuestionScore::score, QuestionScore::weight)
                .containsExactly(tuple(6.67, 0.2), tuple(8.33, 0.15), tuple(4.65, 0.5));
        assertThat(card.pillars()).extracting(PillarScore::pillar, PillarScore::weight, PillarScore::summary)
                .containsExactly(
                        tuple(BUSINESS, 0.35, new ScoreSummary(4.91, 8.5, 57.75)),
                        tuple(TECHNICAL, 0.35, new ScoreSummary(9.75, 15, 65.01)),
                        tuple(SECURITY, 0.15, new ScoreSummary(4.6, 10, 46)),
                        tuple(OPERATIONAL, 0.20, new ScoreSummary(4.93, 10, 49.33)));
        // 4.91 × .35 + 9.75 × .35 + 4.6 × .15 + 4.93 × .2 = 6.807 of 8.5 × .35 + 15 × .35 + 10 × .15 + 10 × .2 = 11.725
        assertThat(card.total()).isEqualTo(new ScoreSummary(6.81, 11.73, 58.06));
    }

    @Test
    void derivedProfilesKeepEverythingTheyDoNotOverride() {
        ScoringProfile enterprise = ClassicQuestionnaire.enterpriseProfile();
        ScoringProfile standard = ClassicQuestionnaire.defaultProfile();

        assertThat(enterprise.pillarWeights()).containsExactly(entry(BUSINESS, 0.25), entry(TECHNICAL, 0.35),
                entry(SECURITY, 0.30), entry(OPERATIONAL, 0.20));
        assertThat(enterprise.scoring(QuestionId.of("industry"))).isEqualTo(standard.scoring(QuestionId.of("industry")));
        assertThat(enterprise.questions()).hasSize(16);
        assertThat(enterprise.version()).isEqualTo(standard.version());
    }

    @Test
    void choosesTheProfileFromVisibleAnswersOnly() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("gate", "open", "closed").build(),
                single("size", "big", "small").hideIf(Condition.equalTo("gate", "closed")).build(),
                scale("q").pillar(Definitions.PILLAR).build());
        ScoringProfile base = ScoringProfile.of("base", 1, Map.of(PillarId.of(Definitions.PILLAR), 1.0),
                Map.of(QuestionId.of("q"), new QuestionScoring(1, new ScoringFunction.Linear())));
        ScoringScheme scheme = ScoringScheme.of(definition, 1, List.of(base, base.derive("big", Map.of(), Map.of())),
                List.of(new ProfileRule(Condition.equalTo("size", "big"), "big")), "base");

        Answers bigAndOpen = AnswersBuilder.answers().choice("gate", "open").choice("size", "big").build();
        Answers bigButHidden = AnswersBuilder.answers().choice("gate", "closed").choice("size", "big").build();

        assertThat(scheme.score(bigAndOpen).profileId()).isEqualTo("big");
        assertThat(scheme.score(bigButHidden).profileId()).isEqualTo("base");
        assertThat(bigButHidden.has(QuestionId.of("size"))).isTrue();
    }

    @Test
    void rejectsAnUndefinedFallbackProfile() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile()), List.of(), "missing"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("fallback profile missing is not defined");
    }

    @Test
    void rejectsAProfileDefinedTwice() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile(), ClassicQuestionnaire.defaultProfile()), List.of(),
                "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("profile default is defined twice");
    }

    @Test
    void rejectsARuleNamingAnUnknownProfile() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile()),
                List.of(new ProfileRule(Condition.equalTo("company_size", "startup"), "startup")), "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("unknown profile startup");
    }

    @Test
    void rejectsARuleReadingAnUnknownQuestion() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile()),
                List.of(new ProfileRule(Condition.equalTo("headcount", "many"), "default")), "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("unknown question headcount");
    }

    @Test
    void rejectsARuleNamingAnUnknownOption() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile()),
                List.of(new ProfileRule(Condition.equalTo("company_size", "Enterprise"), "default")), "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("the selection rule for profile default refers to unknown option Enterprise of "
                        + "question company_size");
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1,
                List.of(ClassicQuestionnaire.defaultProfile()),
                List.of(new ProfileRule(Condition.is("industry", Operator.IN,
                        new Operand.TextList(List.of("finance", "banking"))), "default")), "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("unknown option banking of question industry");
    }

    @Test
    void rejectsAnInvalidProfileWhenBuildingTheScheme() {
        ScoringProfile broken = ScoringProfile.of("broken", 1, Map.of(BUSINESS, 1.0),
                Map.of(QuestionId.of("ghost"), new QuestionScoring(1, new ScoringFunction.Weighted())));

        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 1, List.of(broken), List.of(),
                "broken"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("profile broken v1")
                .hasMessageContaining("unknown question ghost");
    }

    @Test
    void rejectsAScoringVersionBelowOne() {
        assertThatThrownBy(() -> ScoringScheme.of(ClassicQuestionnaire.definition(), 0,
                List.of(ClassicQuestionnaire.defaultProfile()), List.of(), "default"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("version must be >= 1");
    }

    @Test
    void rejectsAProfileWithoutIdOrVersionOrWithANegativePillarWeight() {
        Map<QuestionId, QuestionScoring> none = Map.of();
        assertThatThrownBy(() -> ScoringProfile.of(" ", 1, Map.of(), none))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("profile id");
        assertThatThrownBy(() -> ScoringProfile.of("x", 0, Map.of(), none))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("profile x: version");
        assertThatThrownBy(() -> ScoringProfile.of("x", 1, Map.of(BUSINESS, -0.1), none))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("pillar business_readiness weight must be >= 0");
    }
}
