package ara.adapter.assistant.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Okapi BM25 ranking over a fixed set of passages (k1 = 1.2, b = 0.75). Immutable and thread-safe once built. */
final class Bm25Index {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Passage> passages;
    private final List<Map<String, Integer>> frequencies = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25Index(List<Passage> passages) {
        this.passages = List.copyOf(passages);
        this.lengths = new int[this.passages.size()];
        long total = 0;
        for (int i = 0; i < this.passages.size(); i++) {
            Passage passage = this.passages.get(i);
            List<String> terms = Words.terms(passage.title() + " " + passage.text());
            Map<String, Integer> counts = new HashMap<>();
            terms.forEach(term -> counts.merge(term, 1, Integer::sum));
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            frequencies.add(counts);
            lengths[i] = terms.size();
            total += terms.size();
        }
        this.averageLength = this.passages.isEmpty() ? 1 : (double) total / this.passages.size();
    }

    /** A passage with its score. */
    record Hit(Passage passage, double score) {
    }

    /** The best {@code limit} passages with a positive score, best first; {@code boost} multiplies chosen scores. */
    List<Hit> search(String query, int limit, ToDoubleFunction<Passage> boost) {
        List<String> terms = Words.terms(query);
        List<Hit> hits = new ArrayList<>();
        int n = passages.size();
        for (int i = 0; i < n; i++) {
            double score = 0;
            Map<String, Integer> counts = frequencies.get(i);
            for (String term : terms) {
                Integer tf = counts.get(term);
                if (tf == null) {
                    continue;
                }
                int df = documentFrequency.get(term);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[i] / averageLength));
            }
            if (score > 0) {
                hits.add(new Hit(passages.get(i), score * boost.applyAsDouble(passages.get(i))));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }
}
