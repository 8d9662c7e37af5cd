/** Wizard state: which steps are done, where the user is, and whether the audit can be submitted. */
package ara.domain.wizard;
