/** Results: maturity levels, strengths and gaps, recommendations, the roadmap and insights. */
package ara.domain.result;
