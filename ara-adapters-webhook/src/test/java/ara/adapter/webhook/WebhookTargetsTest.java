package ara.adapter.webhook;

import ara.application.port.out.webhook.WebhookTargetRefused;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URL and address checks, with a resolver that gives fixed answers (no DNS). */
class WebhookTargetsTest {
    private static final HostResolver FIXED = host -> {
        Map<String, List<String>> answers = Map.of(
                "public.example.com", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
                "internal.example.com", List.of("10.1.2.3"),
                "metadata.example.com", List.of("169.254.169.254"),
                "mixed.example.com", List.of("93.184.215.14", "127.0.0.1"),
                "v6local.example.com", List.of("fd00:ec2::254"));
        List<String> answer = answers.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new java.util.ArrayList<>();
        for (String literal : answer) {
            addresses.add(InetAddress.getByAddress(host, InetAddress.getByName(literal).getAddress()));
        }
        return addresses;
    };

    private final WebhookTargets strict = new WebhookTargets(FIXED, false);
    private final WebhookTargets lenient = new WebhookTargets(FIXED, true);

    @Test
    void acceptsHttpsToAHostWithOnlyPublicAddresses() {
        assertThatCode(() -> strict.check(URI.create("https://public.example.com/hooks"))).doesNotThrowAnyException();
        assertThat(strict.addresses("public.example.com")).hasSize(2);
    }

    @Test
    void refusesPlainHttpUnlessPrivateTargetsAreAllowed() {
        assertThatThrownBy(() -> strict.check(URI.create("http://public.example.com/hooks")))
                .isInstanceOf(WebhookTargetRefused.class).hasMessageContaining("must use https");
        assertThatCode(() -> lenient.check(URI.create("http://public.example.com/hooks"))).doesNotThrowAnyException();
    }

    @Test
    void refusesOtherSchemesCredentialsAndFragments() {
        assertThatThrownBy(() -> lenient.check(URI.create("ftp://public.example.com/x")))
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> strict.check(URI.create("https://user:pw@public.example.com/x")))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> strict.check(URI.create("https://public.example.com/x#frag")))
                .hasMessageContaining("fragment");
    }

    @Test
    void refusesAHostNameThatResolvesToAPrivateAddress() {
        assertThatThrownBy(() -> strict.check(URI.create("https://internal.example.com/hooks")))
                .isInstanceOf(WebhookTargetRefused.class).hasMessageContaining("private");
        assertThatThrownBy(() -> strict.check(URI.create("https://metadata.example.com/latest")))
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> strict.check(URI.create("https://v6local.example.com/")))
                .hasMessageContaining("unique local");
    }

    @Test
    void refusesAHostWithOnePrivateAddressAmongPublicOnes() {
        assertThatThrownBy(() -> strict.check(URI.create("https://mixed.example.com/")))
                .hasMessageContaining("loopback");
    }

    @Test
    void refusesLiteralPrivateAddressesAndUnknownHosts() {
        WebhookTargets system = new WebhookTargets(HostResolver.system(), false);
        assertThatThrownBy(() -> system.check(URI.create("https://127.0.0.1:8443/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> system.check(URI.create("https://[::1]/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> system.check(URI.create("https://[::ffff:169.254.169.254]/")))
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> strict.check(URI.create("https://nowhere.example.com/")))
                .hasMessageContaining("must resolve");
    }

    @Test
    void allowsPrivateAddressesWhenTold() {
        assertThat(lenient.addresses("internal.example.com")).extracting(InetAddress::getHostAddress)
                .containsExactly("10.1.2.3");
    }
}
