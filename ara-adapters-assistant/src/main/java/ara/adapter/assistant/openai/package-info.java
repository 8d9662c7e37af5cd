/** The OpenAI-compatible client: streamed chat completions with a suggest_answer tool, and embeddings. */
package ara.adapter.assistant.openai;
