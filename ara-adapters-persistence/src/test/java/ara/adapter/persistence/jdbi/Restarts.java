package ara.adapter.persistence.jdbi;

import ara.contract.AuditSamples;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;

import java.util.ArrayList;
import java.util.List;

import static ara.contract.AuditAssertions.assertSameAudit;
import static ara.contract.AuditAssertions.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Durability: what one pool stored, a new pool on the same database finds again, complete. */
final class Restarts {
    private Restarts() {
    }

    static void everyAuditSurvivesARestart(DatabaseSettings settings) {
        OwnerId owner = AuditSamples.newOwner();
        List<Audit> saved = new ArrayList<>();
        try (Database first = Database.open(settings)) {
            JdbiAuditRepository audits = Repositories.audits(first);
            Audit scored = AuditSamples.scored(owner, AuditSamples.T0);
            audits.create(scored);
            saved.add(scored);
            Audit draft = AuditSamples.draft(owner, AuditSamples.T0.plusSeconds(1));
            audits.create(draft);
            saved.add(audits.update(draft.id(), a -> a.answerAll(AuditSamples.scheme(), AuditSamples.validAnswers(),
                    AuditSamples.T0.plusSeconds(2))));
            Audit submitted = AuditSamples.draft(owner, AuditSamples.T0.plusSeconds(3));
            audits.create(submitted);
            audits.update(submitted.id(), a -> a.answer(AuditSamples.scheme(),
                    ara.contract.ContractQuestionnaire.INDUSTRY, new AnswerValue.Choice("finance"),
                    AuditSamples.T0.plusSeconds(4)));
            saved.add(audits.update(submitted.id(), a -> a.submit(AuditSamples.scheme(), GuestSubmitPolicy.OPEN,
                    AuditSamples.T0.plusSeconds(5))));
            Audit archived = AuditSamples.draft(owner, AuditSamples.T0.plusSeconds(6));
            audits.create(archived);
            saved.add(audits.update(archived.id(), a -> a.moveTo(AuditStatus.ARCHIVED, AuditSamples.T0.plusSeconds(7))));
        }

        try (Database second = Database.open(settings)) {
            JdbiAuditRepository audits = Repositories.audits(second);
            for (Audit audit : saved) {
                assertSameAudit(audits.find(audit.id()).orElseThrow(), audit);
            }
            assertThat(audits.countByOwner(owner)).isEqualTo(saved.size());
            assertThat(ids(audits.findByOwner(owner, 0, 10))).containsExactlyElementsOf(ids(saved.reversed()));
        }
    }
}
