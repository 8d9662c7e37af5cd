package ara.adapter.web;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure over HTTP: {@code DELETE /audits/{id}} (owner or admin) removes the audit and what it owns in every store
 * the web tests wire (answers, reports and their documents, chat, idempotency keys) and a repeat is 404;
 * {@code DELETE /me} removes every audit of the signed-in caller and the account, and pseudonymizes the caller in
 * the audit log. Replies are checked against the OpenAPI document.
 */
class AccountApiTest extends FreshApiTest {

    @Test
    void theOwnerErasesAnAuditWithItsReportsDocumentsAndChatAndARepeatIs404() {
        String audit = api.scoredAudit();
        String report = api.send("POST", "/api/v1/audits/" + audit + "/reports", null).json().get("id").asText();
        api.backend.finishReport(report);
        ObjectKey document = ObjectKey.report(AuditId.parse(audit), UUID.fromString(report));
        assertThat(api.backend.storage.get(document)).isPresent();
        assertThat(api.json("POST", "/api/v1/audits/" + audit + "/chat/messages", "{\"message\": \"hello\"}")
                .status()).isEqualTo(200);

        Api.Reply deleted = api.send("DELETE", "/api/v1/audits/" + audit, null);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/audits/" + audit).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/" + report).status()).isEqualTo(404);
        assertThat(api.backend.storage.get(document)).isEmpty();
        assertThat(api.backend.reports.findByAudit(AuditId.parse(audit))).isEmpty();
        assertThat(api.backend.chats.count(AuditId.parse(audit))).isZero();
        assertThat(Api.problem(api.send("DELETE", "/api/v1/audits/" + audit, null), 404).get("type").asText())
                .isEqualTo("urn:ara:problem:not-found");
        AuditEvent logged = api.backend.log.latest(50).stream()
                .filter(event -> event.action().equals("audit.deleted")).findFirst().orElseThrow();
        assertThat(logged.target()).isEqualTo("audit:" + audit);
        assertThat(logged.outcome()).isEqualTo(AuditEvent.SUCCESS);
    }

    @Test
    void aGuestErasesTheirAuditAndTheIdempotencyKeysOfItsToken() {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{}");
        String audit = started.json().get("id").asText();
        String token = started.json().get("guestToken").asText();
        Api guest = api.asGuest(token);
        assertThat(guest.json("POST", "/api/v1/audits/" + audit + "/guest-email",
                "{\"email\": \"erase-me@example.com\"}", "Idempotency-Key", "key-" + UUID.randomUUID()).status())
                .isLessThan(300);
        String scope = IdempotencyScopes.guest(GuestToken.parse(token).hash());
        String kept = "kept-" + UUID.randomUUID();
        api.backend.idempotencyKeys.begin(scope, kept, "fp", Duration.ofHours(1));
        api.backend.idempotencyKeys.begin("guest:someone-else", kept, "fp", Duration.ofHours(1));

        assertThat(guest.send("DELETE", "/api/v1/audits/" + audit, null).status()).isEqualTo(204);

        assertThat(api.backend.idempotencyKeys.begin(scope, kept, "fp", Duration.ofHours(1)))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(api.backend.idempotencyKeys.begin("guest:someone-else", kept, "fp", Duration.ofHours(1)))
                .isInstanceOf(IdempotencyClaim.InFlight.class);
        assertThat(api.backend.storedAudits.find(AuditId.parse(audit))).isEmpty();
        assertThat(Api.problem(guest.get("/api/v1/audits/" + audit), 404).get("type").asText())
                .as("the token reaches nothing any more").isEqualTo("urn:ara:problem:not-found");
    }

    @Test
    void anAdminErasesAnyAuditAndAnotherUserGets404() {
        String audit = api.startAudit();

        assertThat(api.asUser("mallory-" + UUID.randomUUID()).send("DELETE", "/api/v1/audits/" + audit, null)
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audits/" + audit).status()).isEqualTo(200);
        assertThat(api.asUser("root-" + UUID.randomUUID() + ":admin").send("DELETE", "/api/v1/audits/" + audit,
                null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/audits/" + audit).status()).isEqualTo(404);
    }

    @Test
    void aMalformedIdIs400NamingTheParameter() {
        JsonNode problem = Api.problem(api.send("DELETE", "/api/v1/audits/not-a-uuid", null), 400);

        assertThat(problem.toString()).contains("id");
    }

    @Test
    void deletingTheAccountErasesEveryAuditItOwnsAndPseudonymizesItInTheLog() {
        String subject = "erased-" + UUID.randomUUID();
        Api user = api.asUser(subject);
        String first = user.startAudit();
        String second = user.scoredAudit();
        String someoneElses = api.startAudit();
        assertThat(api.backend.users.find(subject)).isPresent();

        Api.Reply reply = user.send("DELETE", "/api/v1/me", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("deletedAudits").asInt()).isEqualTo(2);
        assertThat(reply.json().get("pseudonymizedLogEntries").asLong()).isPositive();
        assertThat(api.backend.storedAudits.find(AuditId.parse(first))).isEmpty();
        assertThat(api.backend.storedAudits.find(AuditId.parse(second))).isEmpty();
        assertThat(api.backend.storedAudits.countByOwner(new OwnerId(subject))).isZero();
        assertThat(api.get("/api/v1/audits/" + someoneElses).status()).isEqualTo(200);
        assertThat(api.backend.users.find(subject)).isEmpty();
        List<AuditEvent> events = api.backend.log.latest(1_000);
        assertThat(events).noneMatch(event -> event.actor().contains(subject));
        assertThat(events).anyMatch(event -> event.action().equals("account.deleted")
                && event.actor().startsWith("pseudonym:") && event.clientIp() == null);
    }

    @Test
    void deletingTheAccountNeedsASignedInUser() {
        String token = api.anonymous().json("POST", "/api/v1/audits", "{}").json().get("guestToken").asText();

        assertThat(Api.problem(api.anonymous().send("DELETE", "/api/v1/me", null), 401).get("type").asText())
                .isEqualTo("urn:ara:problem:authentication-required");
        assertThat(Api.problem(api.asGuest(token).send("DELETE", "/api/v1/me", null), 401).get("type").asText())
                .isEqualTo("urn:ara:problem:authentication-required");
    }
}
