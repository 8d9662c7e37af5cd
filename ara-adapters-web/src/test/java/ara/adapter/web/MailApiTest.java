package ara.adapter.web;

import ara.application.port.out.notification.MailMessage;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail routes over HTTP: resume link again, resume on another device, one-click unsubscribe. */
class MailApiTest extends ApiTest {
    private static final Pattern RESUME = Pattern.compile("/#/resume/([A-Za-z0-9_-]{43})");

    private record Guest(String audit, String token) {
    }

    private static Guest guestWithEmail(String email) {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{}");
        Guest guest = new Guest(started.json().get("id").asText(), started.json().get("guestToken").asText());
        assertThat(api.asGuest(guest.token()).json("POST", "/api/v1/audits/" + guest.audit() + "/guest-email",
                "{\"email\": \"" + email + "\"}").status()).isEqualTo(200);
        return guest;
    }

    private static String resumeToken(MailMessage message) {
        Matcher matcher = RESUME.matcher(message.text());
        assertThat(matcher.find()).as(message.text()).isTrue();
        return matcher.group(1);
    }

    private static String unsubscribePath(MailMessage message) {
        String header = message.headers().get(MailMessage.LIST_UNSUBSCRIBE);
        URI url = URI.create(header.substring(1, header.length() - 1));
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    @Test
    void theGuestAsksForTheLinkAgainAndAnotherDeviceResumesWithIt() {
        Guest guest = guestWithEmail("resume@example.com");
        int before = api.backend.mailbox.size();

        Api.Reply sent = api.asGuest(guest.token()).send("POST", "/api/v1/audits/" + guest.audit() + "/resume-link",
                null);

        assertThat(sent.status()).isEqualTo(202);
        assertThat(api.backend.mailbox).hasSize(before + 1);
        MailMessage message = api.backend.mailbox.getLast();
        assertThat(message.text()).doesNotContain(guest.token());
        Api.Reply resumed = api.anonymous().json("POST", "/api/v1/audits/resume",
                "{\"token\": \"" + resumeToken(message) + "\"}");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("id").asText()).isEqualTo(guest.audit());
        String second = resumed.json().get("guestToken").asText();
        assertThat(second).isNotEqualTo(guest.token());
        assertThat(api.asGuest(second).get("/api/v1/audits/" + guest.audit()).status()).isEqualTo(200);
        assertThat(api.asGuest(guest.token()).get("/api/v1/audits/" + guest.audit()).status()).isEqualTo(404);
    }

    @Test
    void withoutAnEmailTheResumeLinkIsAConflict() {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{}");
        Api.Reply reply = api.asGuest(started.json().get("guestToken").asText()).send("POST",
                "/api/v1/audits/" + started.json().get("id").asText() + "/resume-link", null);
        assertThat(Api.problem(reply, 409).get("type").asText()).isEqualTo("urn:ara:problem:guest-email-required");
    }

    @Test
    void aBadResumeTokenIsAValidationProblemNamingTheField() {
        assertThat(Api.errors(Api.problem(api.anonymous().json("POST", "/api/v1/audits/resume",
                "{\"token\": \"short\"}"), 422))).containsExactly("token malformed");
        assertThat(Api.errors(Api.problem(api.anonymous().json("POST", "/api/v1/audits/resume",
                "{\"token\": \"" + "A".repeat(43) + "\"}"), 422))).containsExactly("token not_valid");
        assertThat(Api.errors(Api.problem(api.anonymous().json("POST", "/api/v1/audits/resume", "{}"), 422)))
                .containsExactly("token required");
        assertThat(Api.errors(Api.problem(api.anonymous().json("POST", "/api/v1/audits/resume",
                "{\"token\": \"x\", \"more\": 1}"), 422))).contains("more unknown_field");
    }

    @Test
    void aGetOfTheUnsubscribeLinkOnlyShowsAButtonAndThePostUnsubscribes() {
        Guest guest = guestWithEmail("unsubscribe@example.com");
        api.asGuest(guest.token()).send("POST", "/api/v1/audits/" + guest.audit() + "/resume-link", null);
        MailMessage message = api.backend.mailbox.getLast();
        assertThat(message.headers()).containsEntry(MailMessage.LIST_UNSUBSCRIBE_POST, MailMessage.ONE_CLICK);
        String path = unsubscribePath(message);

        Api.Reply page = api.anonymous().get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\"").contains("<button");
        int sent = api.backend.mailbox.size();
        api.asGuest(guest.token()).send("POST", "/api/v1/audits/" + guest.audit() + "/resume-link", null);
        assertThat(api.backend.mailbox).as("a GET unsubscribes nobody").hasSize(sent + 1);

        Api.Reply done = api.anonymous().send("POST", path, "List-Unsubscribe=One-Click",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(done.status()).isEqualTo(200);
        Api.Reply after = api.asGuest(guest.token()).send("POST", "/api/v1/audits/" + guest.audit()
                + "/resume-link", null);
        assertThat(after.status()).isEqualTo(202);
        assertThat(api.backend.mailbox).as("no mail after the one-click POST").hasSize(sent + 1);
    }

    @Test
    void aForgedOrMissingUnsubscribeTokenIsAValidationProblem() {
        JsonNode forged = Api.problem(api.anonymous().send("POST", "/api/v1/mail/unsubscribe?token=abc.def", null),
                422);
        assertThat(Api.errors(forged)).containsExactly("token not_valid");
        assertThat(Api.errors(Api.problem(api.anonymous().get("/api/v1/mail/unsubscribe"), 422)))
                .containsExactly("token required");
    }
}
