/** Identity: who calls (a signed-in user, a guest holding an audit's token, or nobody) and what that allows. */
package ara.domain.identity;
