/** The offline assistant: BM25 retrieval over the questionnaire and a FAQ, option synonyms, hashed n-gram vectors. */
package ara.adapter.assistant.offline;
