/** The assistant chat of an audit: messages, their sources, embeddings and suggested answers. */
package ara.domain.chat;
