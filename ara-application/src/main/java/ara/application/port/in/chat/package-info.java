/** Use cases of the assistant chat: send a message (streamed), read the history, get prompt suggestions. */
package ara.application.port.in.chat;
