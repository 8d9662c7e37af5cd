package ara.adapter.web.request;

import ara.adapter.web.http.WebJson;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.Locale;

/**
 * Says in ARA's words why a body is not JSON: the parser's own messages name its classes, features and settings
 * ({@code FAIL_ON_…}, {@code StreamReadConstraints}, "Unrecognized token"), which a client has no use for and which
 * tell an attacker which library parses the body. Each failure becomes one sentence from a fixed set, with the place
 * (line, column and the JSON pointer of the value being read) and never a quote of the parser's text. Stateless.
 */
final class JsonFailures {
    private JsonFailures() {
    }

    /** The sentence for {@code failure}, raised while reading a body. */
    static String describe(JsonProcessingException failure) {
        return what(failure) + where(failure, failure.getProcessor() instanceof JsonParser parser ? parser : null);
    }

    private static String what(JsonProcessingException failure) {
        String original = String.valueOf(failure.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (failure instanceof StreamConstraintsException) {
            if (original.contains("nesting")) {
                return "the JSON nests arrays and objects more than " + WebJson.MAX_DEPTH + " levels deep";
            }
            if (original.contains("number")) {
                return "a number has too many digits";
            }
            if (original.contains("name")) {
                return "a field name is too long";
            }
            return "a value is too long";
        }
        if (original.contains("utf-8") || original.contains("utf8")
                || original.contains("invalid char") && original.contains("byte")) {
            return "the body is not valid UTF-8";
        }
        if (original.contains("duplicate field")) {
            return "an object has the same field name twice";
        }
        if (original.contains("end-of-input") || original.contains("eof")) {
            return "the JSON ends before its value is complete";
        }
        if (original.contains("leading zero")) {
            return "a number starts with a zero";
        }
        if (original.contains("nan") || original.contains("infinity")) {
            return "a number is not a finite JSON number";
        }
        if (original.contains("control character") || original.contains("ctrl-char")) {
            return "a string holds a control character that is not escaped (write it as \\uXXXX)";
        }
        if (original.contains("escape")) {
            return "a string holds an invalid escape";
        }
        if (original.contains("trailing token") || original.contains("after the json")) {
            return "there is content after the JSON value";
        }
        if (original.contains("double-quote") || original.contains("field name")) {
            return "a field name is not in double quotes";
        }
        return "there is a character that JSON does not allow here";
    }

    private static String where(JsonProcessingException failure, JsonParser parser) {
        JsonLocation location = failure.getLocation();
        StringBuilder where = new StringBuilder();
        if (location != null && location.getLineNr() > 0) {
            where.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        String pointer = pointer(parser);
        if (!pointer.isEmpty()) {
            where.append(where.isEmpty() ? " (" : ", ").append("at ").append(pointer);
        }
        return where.isEmpty() ? "" : where.append(')').toString();
    }

    /** The JSON pointer of the value the parser was in, empty at the top. */
    private static String pointer(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        try {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return pointer.length() > 100 ? pointer.substring(0, 100) + "…" : pointer;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
