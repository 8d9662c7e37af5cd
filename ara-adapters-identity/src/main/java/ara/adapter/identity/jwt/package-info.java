/** JWT identity adapter: verification with nimbus-jose-jwt, the local signing secret and the local token issuer. */
package ara.adapter.identity.jwt;
