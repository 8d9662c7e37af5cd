package ara.domain.questionnaire;

/** The shared format of questionnaire ids: 1-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit. */
final class Ids {
    static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /** A hand-written check rather than a regular expression: ids are built for every answer read from storage. */
    static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
