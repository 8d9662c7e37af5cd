package ara.adapter.catalog;

import ara.domain.scoring.ScoringScheme;

/** The result properties over random valid answer sets of the shipped full v1. */
class FullResultPropertiesTest extends ResultPropertiesContract {

    @Override
    ScoringScheme scheme() {
        return FullQuestionnaireTest.SCHEME;
    }

    @Override
    long seed() {
        return 61;
    }
}
