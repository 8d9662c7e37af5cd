/** Planted architecture violations: a miniature ARA that breaks every rule once, to prove the rules bite. */
package ara.archfixture;
