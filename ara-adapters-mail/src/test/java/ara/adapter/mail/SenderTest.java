package ara.adapter.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SenderTest {
    @Test
    void readsANameAndAnAddressOrABareAddress() {
        assertThat(Sender.parse("ARA Prüfstand <noreply@ara.example.com>"))
                .isEqualTo(new Sender("noreply@ara.example.com", "ARA Prüfstand"));
        assertThat(Sender.parse("noreply@ara.example.com")).isEqualTo(new Sender("noreply@ara.example.com", ""));
        assertThat(Sender.parse("\"ARA, audits\" <a@example.com>").name()).isEqualTo("ARA, audits");
        assertThat(Sender.parse("ARA <noreply@ara.example.com>").domain()).isEqualTo("ara.example.com");
    }

    @Test
    void refusesAnythingButOneAddress() {
        assertThatThrownBy(() -> Sender.parse("a@example.com, b@example.com")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Sender.parse("not an address")).hasMessageContaining("from");
        assertThatThrownBy(() -> Sender.parse("ARA <>")).hasMessageContaining("from");
    }
}
