/** Identity adapter: verifies bearer JWTs (JWKS or a shared HS256 secret) and issues local tokens. */
@SuppressWarnings("module") // ara.bootstrap is compiled later in the reactor (ADR 0001)
module ara.adapter.identity {
    requires ara.application;
    requires com.nimbusds.jose.jwt;

    exports ara.adapter.identity.jwt to ara.bootstrap;
}
