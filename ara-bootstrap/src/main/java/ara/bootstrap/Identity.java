package ara.bootstrap;

import ara.adapter.identity.jwt.JwtAlgorithm;
import ara.adapter.identity.jwt.JwtSettings;
import ara.atrest.seal.DataKeyRing;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.DataKeySettings;
import ara.bootstrap.config.IdentitySettings;
import ara.bootstrap.config.InvalidConfiguration;

/** Turns the identity and data-key settings into the adapters' own settings (and the embedded defaults' files). */
final class Identity {
    private Identity() {
    }

    /** How tokens are verified; for the embedded default, the local secret is created on first start. */
    static JwtSettings jwtSettings(AraSettings settings) {
        IdentitySettings identity = settings.identity();
        try {
            return switch (identity) {
                case IdentitySettings.Jwks jwks -> JwtSettings.jwks(jwks.url(), jwks.issuer(), jwks.audience())
                        .withAlgorithm(JwtAlgorithm.valueOf(jwks.algorithm())).withRolesClaim(jwks.rolesClaim());
                case IdentitySettings.SharedSecret shared -> JwtSettings.sharedSecret(shared.secret(), shared.issuer(),
                        shared.audience()).withRolesClaim(shared.rolesClaim());
                case IdentitySettings.Local local -> LocalSecrets.signingKey(settings.dataDir())
                        .settings(IdentitySettings.LOCAL_ISSUER, IdentitySettings.LOCAL_AUDIENCE)
                        .withRolesClaim(local.rolesClaim());
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(identity instanceof IdentitySettings.Jwks ? "ARA_JWT_JWKS_URL"
                    : "ARA_JWT_SECRET", e.getMessage());
        }
    }

    /** The key ring that seals personal data; for the embedded default, the local key is created on first start. */
    static DataKeyRing dataKeys(AraSettings settings) {
        return switch (settings.dataKeys()) {
            case DataKeySettings.Configured configured -> {
                try {
                    yield DataKeyRing.fromBase64(configured.id(), configured.base64Key(), configured.retired());
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfiguration("ARA_DATA_KEY", e.getMessage());
                }
            }
            case DataKeySettings.Local ignored -> DataKeyRing.of(LocalSecrets.dataKey(settings.dataDir()));
        };
    }
}
