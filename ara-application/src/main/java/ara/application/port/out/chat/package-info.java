/** Outbound ports of the assistant chat: the language and embedding models and the stored conversation. */
package ara.application.port.out.chat;
