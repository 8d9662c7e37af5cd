package ara.domain.result;

import ara.domain.scoring.PillarScore;

/** Value object: a pillar's score with its title and maturity level. */
public record PillarResult(PillarScore score, String title, MaturityLevel level) {
}
