/** Services of the assistant chat use cases and the prompts they send. */
package ara.application.service.chat;
