/** Conditional logic: evaluating rules, which steps and questions are visible, and cross-question warnings. */
package ara.domain.logic;
