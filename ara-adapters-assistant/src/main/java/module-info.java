/**
 * Assistant adapter: the OpenAI-compatible chat and embeddings client (streaming, circuit breaker, bounded retries)
 * and the offline assistant (BM25 over the questionnaire and a FAQ, option synonyms, hashed n-gram embeddings).
 */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.assistant {
    requires ara.application;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.retry;

    exports ara.adapter.assistant.openai to ara.bootstrap;
    exports ara.adapter.assistant.offline to ara.bootstrap;
}
