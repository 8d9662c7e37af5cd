package ara.bootstrap.cli;

import ara.adapter.identity.jwt.JwtSettings;
import ara.bootstrap.LocalSecrets;
import ara.adapter.identity.jwt.LocalTokenIssuer;
import ara.adapter.identity.jwt.LocalTokenRequest;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.IdentitySettings;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bin/ara token --subject alice [--role admin]… [--email a@example.com] [--lifetime 8h]}: prints a bearer token
 * signed with ARA's own secret (the embedded default's local secret, or {@code ARA_JWT_SECRET}), so that every flow
 * can be tried without an identity provider. With {@code ARA_JWT_JWKS_URL} tokens come from the provider instead.
 */
public final class TokenCommand {
    public static final String NAME = "token";
    private static final Duration LONGEST = Duration.ofDays(30);

    private TokenCommand() {
    }

    /** Runs the command on standard output and error (the token alone on stdout, so scripts can capture it). */
    public static int runOnConsole(List<String> args, AraSettings settings) {
        return run(args, settings, Clock.systemUTC(), System.out, System.err);
    }

    /** Runs the command; returns the process exit status (0 ok, 2 usage or configuration error). */
    public static int run(List<String> args, AraSettings settings, Clock clock, PrintStream out, PrintStream err) {
        String subject = null;
        String email = null;
        Duration lifetime = LocalTokenRequest.DEFAULT_LIFETIME;
        Set<String> roles = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                return usage(err, "missing value after " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--subject" -> subject = value;
                case "--role" -> roles.add(value.toLowerCase(Locale.ROOT));
                case "--email" -> email = value;
                case "--lifetime" -> {
                    lifetime = parseLifetime(value);
                    if (lifetime == null) {
                        return usage(err, "--lifetime takes e.g. 30m, 8h or 7d (at most 30 days), got " + value);
                    }
                }
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (subject == null || subject.isBlank()) {
            return usage(err, "--subject is required");
        }
        JwtSettings signing = switch (settings.identity()) {
            case IdentitySettings.Local ignored -> LocalSecrets.signingKey(settings.dataDir())
                    .settings(IdentitySettings.LOCAL_ISSUER, IdentitySettings.LOCAL_AUDIENCE);
            case IdentitySettings.SharedSecret shared ->
                    JwtSettings.sharedSecret(shared.secret(), shared.issuer(), shared.audience());
            case IdentitySettings.Jwks ignored -> null;
        };
        if (signing == null) {
            err.println("ara token: ARA_JWT_JWKS_URL is set, so tokens come from your identity provider, not from ARA");
            return 2;
        }
        LocalTokenRequest request = LocalTokenRequest.of(subject, roles).withLifetime(lifetime);
        if (email != null) {
            request = request.withEmail(email);
        }
        out.println(new LocalTokenIssuer(signing, clock).issue(request));
        return 0;
    }

    static Duration parseLifetime(String text) {
        if (text.length() < 2) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        Duration lifetime = switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> null;
        };
        return lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0
                ? null : lifetime;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("ara token: " + problem);
        err.println("usage: bin/ara token --subject <id> [--role <role>]... [--email <address>] [--lifetime 1h]");
        return 2;
    }
}
