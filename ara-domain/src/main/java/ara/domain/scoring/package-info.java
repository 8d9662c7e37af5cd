/** Scoring: versioned profiles, scoring functions, profile choice and the score card of an audit. */
package ara.domain.scoring;
