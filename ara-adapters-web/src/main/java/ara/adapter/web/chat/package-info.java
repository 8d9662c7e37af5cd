/** Handlers of the assistant chat: streamed replies (server-sent events or JSON), history and prompt chips. */
package ara.adapter.web.chat;
