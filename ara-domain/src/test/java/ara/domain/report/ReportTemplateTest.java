package ara.domain.report;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static ara.domain.report.ReportSection.COVER;
import static ara.domain.report.ReportSection.EXECUTIVE_SUMMARY;
import static ara.domain.report.ReportSection.RECOMMENDATIONS;
import static ara.domain.report.ReportSection.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;

class ReportTemplateTest {

    @Test
    void executiveHasTheCoverTheSummaryTheRecommendationsAndTheRoadmap() {
        assertThat(ReportTemplate.EXECUTIVE.sections()).containsExactly(COVER, EXECUTIVE_SUMMARY, RECOMMENDATIONS,
                ROADMAP);
        assertThat(ReportTemplate.EXECUTIVE.sections()).extracting(ReportSection::number).containsExactly(1, 2, 5, 6);
        assertThat(ReportTemplate.EXECUTIVE.questionDetail()).isFalse();
    }

    @Test
    void standardHasEverySectionWithoutPerQuestionDetail() {
        assertThat(ReportTemplate.STANDARD.sections()).containsExactlyElementsOf(EnumSet.allOf(ReportSection.class));
        assertThat(ReportTemplate.STANDARD.questionDetail()).isFalse();
        assertThat(ReportTemplate.DEFAULT).isEqualTo(ReportTemplate.STANDARD);
    }

    @Test
    void technicalHasEverySectionWithPerQuestionDetail() {
        assertThat(ReportTemplate.TECHNICAL.sections()).containsExactlyElementsOf(EnumSet.allOf(ReportSection.class));
        assertThat(ReportTemplate.TECHNICAL.questionDetail()).isTrue();
    }

    @Test
    void sectionsAreNumberedOneToNineInPrintedOrder() {
        assertThat(ReportSection.values()).extracting(ReportSection::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void isFoundByItsCode() {
        for (ReportTemplate template : ReportTemplate.values()) {
            assertThat(ReportTemplate.fromCode(template.code())).contains(template);
        }
        assertThat(ReportTemplate.EXECUTIVE.code()).isEqualTo("executive");
        assertThat(ReportTemplate.fromCode("EXECUTIVE")).isEmpty();
        assertThat(ReportTemplate.fromCode("glossy")).isEmpty();
        assertThat(ReportTemplate.fromCode(null)).isEmpty();
    }
}
