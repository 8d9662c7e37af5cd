package ara.application.service.account;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnersTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits stored = new StoredAudits(ports);

    @Test
    void theSignedInOwnerOwnsTheirAuditAndNobodyElseDoes() {
        Audit alices = stored.scoredOf(Callers.alice());

        assertThat(Owners.owns(Callers.alice(), alices)).isTrue();
        assertThat(Owners.owns(Callers.bob(), alices)).isFalse();
        assertThat(Owners.owns(Callers.admin(), alices)).as("an admin is let in, not an owner").isFalse();
        assertThat(Owners.owns(Callers.guest(stored.newGuestToken()), alices)).isFalse();
        assertThat(Owners.owns(Callers.anonymous(), alices)).isFalse();
    }

    @Test
    void theHolderOfAGuestAuditsTokenOwnsIt() {
        GuestToken token = stored.newGuestToken();
        Audit guests = stored.scoredOfGuest(token);

        assertThat(Owners.owns(Callers.guest(token), guests)).isTrue();
        assertThat(Owners.owns(Callers.guest(stored.newGuestToken()), guests)).isFalse();
        assertThat(Owners.owns(Callers.alice(), guests)).isFalse();
        assertThat(Owners.owns(Callers.admin(), guests)).isFalse();
    }

    @Test
    void auditsOfTheSameUserHaveTheSameOwner() {
        Audit first = stored.scoredOf(Callers.alice());
        Audit second = stored.draftOf(Callers.alice());
        Audit bobs = stored.scoredOf(Callers.bob());

        assertThat(Owners.sameOwner(first, second)).isTrue();
        assertThat(Owners.sameOwner(second, first)).isTrue();
        assertThat(Owners.sameOwner(first, bobs)).isFalse();
    }

    @Test
    void guestAuditsHaveTheSameOwnerOnlyUnderTheSameToken() {
        GuestToken token = stored.newGuestToken();
        Audit first = stored.scoredOfGuest(token);
        Audit second = stored.scoredOfGuest(token);
        Audit other = stored.scoredOfGuest(stored.newGuestToken());
        Audit alices = stored.scoredOf(Callers.alice());

        assertThat(Owners.sameOwner(first, second)).isTrue();
        assertThat(Owners.sameOwner(first, other)).isFalse();
        assertThat(Owners.sameOwner(first, alices)).as("a guest audit and a user's").isFalse();
        assertThat(Owners.sameOwner(alices, first)).isFalse();
    }
}
