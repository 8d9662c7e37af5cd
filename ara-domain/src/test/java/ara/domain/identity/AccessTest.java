package ara.domain.identity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTest {
    private static final UserIdentity ALICE = new UserIdentity("alice", null, Set.of());
    private static final UserIdentity BOB = new UserIdentity("bob", null, Set.of());
    private static final UserIdentity ADMIN = new UserIdentity("root", null, Set.of(UserIdentity.ADMIN));
    private static final GuestToken TOKEN_1 = token(1);
    private static final GuestToken TOKEN_2 = token(2);

    private static GuestToken token(int seed) {
        byte[] bytes = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) seed);
        return GuestToken.fromRandomBytes(bytes);
    }

    @Test
    void theOwningUserAndAnAdminAreAllowedAnotherUserIsDenied() {
        assertThat(Access.of(Caller.user(ALICE), "alice", null)).isEqualTo(Access.ALLOWED);
        assertThat(Access.of(Caller.user(ADMIN), "alice", null)).isEqualTo(Access.ALLOWED);
        assertThat(Access.of(Caller.user(BOB), "alice", null)).isEqualTo(Access.DENIED);
    }

    @Test
    void onlyTheMatchingGuestTokenReachesAGuestAudit() {
        GuestTokenHash hash = TOKEN_1.hash();
        assertThat(Access.of(Caller.guest(TOKEN_1), null, hash)).isEqualTo(Access.ALLOWED);
        assertThat(Access.of(Caller.guest(TOKEN_2), null, hash)).isEqualTo(Access.DENIED);
        assertThat(Access.of(Caller.user(BOB), null, hash)).isEqualTo(Access.DENIED);
        assertThat(Access.of(new Caller(BOB, TOKEN_1, null, null), null, hash)).isEqualTo(Access.ALLOWED);
    }

    @Test
    void anAnonymousCallerMustAuthenticateWhateverTheResource() {
        assertThat(Access.of(Caller.anonymous(), "alice", null)).isEqualTo(Access.UNAUTHENTICATED);
        assertThat(Access.of(Caller.anonymous(), null, TOKEN_1.hash())).isEqualTo(Access.UNAUTHENTICATED);
    }

    @Test
    void aResourceWithoutOwnerOrTokenIsForAdminsOnly() {
        assertThat(Access.of(Caller.user(ALICE), null, null)).isEqualTo(Access.DENIED);
        assertThat(Access.of(Caller.guest(TOKEN_1), null, null)).isEqualTo(Access.DENIED);
        assertThat(Access.of(Caller.user(ADMIN), null, null)).isEqualTo(Access.ALLOWED);
    }

    @Test
    void actorsNameNoSecret() {
        assertThat(Caller.user(ALICE).actor()).isEqualTo("user:alice");
        assertThat(Caller.guest(TOKEN_1).actor()).isEqualTo("guest").doesNotContain(TOKEN_1.reveal());
        assertThat(Caller.anonymous().actor()).isEqualTo("anonymous");
    }
}
