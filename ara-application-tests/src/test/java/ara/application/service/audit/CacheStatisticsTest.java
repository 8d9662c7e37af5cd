package ara.application.service.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CacheStatisticsTest {

    @Test
    void aLookupIsAHitOrAMiss() {
        CacheStatistics statistics = new CacheStatistics(3, 1);

        assertThat(statistics.lookups()).isEqualTo(4);
        assertThat(statistics.hitRate()).isEqualTo(0.75);
        assertThat(statistics).hasToString("4 lookups, 3 hits, 1 misses, hit rate 75.0 %");
    }

    @Test
    void theHitRateIsZeroBeforeTheFirstLookup() {
        CacheStatistics none = new CacheStatistics(0, 0);

        assertThat(none.hitRate()).isZero();
        assertThat(none).hasToString("0 lookups, 0 hits, 0 misses, hit rate 0.0 %");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new CacheStatistics(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new CacheStatistics(0, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }
}
