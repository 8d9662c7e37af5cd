package ara.domain.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a questionnaire can ask; each takes one shape of answer. */
public enum QuestionType {
    SINGLE_SELECT("single_select"),
    MULTI_SELECT("multi_select"),
    SCALE_RATING("scale_rating"),
    YES_NO("yes_no"),
    PERCENTAGE("percentage"),
    NUMBER_INPUT("number_input"),
    TEXT_INPUT("text_input");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The external name ("single_select", …) used in data files and the API. */
    public String code() {
        return code;
    }

    public boolean isSelect() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    public boolean isNumeric() {
        return this == SCALE_RATING || this == PERCENTAGE || this == NUMBER_INPUT;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
