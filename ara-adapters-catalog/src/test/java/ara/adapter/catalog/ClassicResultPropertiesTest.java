package ara.adapter.catalog;

import ara.domain.scoring.ScoringScheme;

/** The result properties over random valid answer sets of the shipped classic v1. */
class ClassicResultPropertiesTest extends ResultPropertiesContract {
    private static final ScoringScheme SCHEME = new ClasspathQuestionnaireCatalog()
            .current(ClasspathQuestionnaireCatalog.CLASSIC).orElseThrow();

    @Override
    ScoringScheme scheme() {
        return SCHEME;
    }

    @Override
    long seed() {
        return 16;
    }
}
