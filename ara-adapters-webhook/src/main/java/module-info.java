/** Webhook adapter: signed events posted over HTTPS with Jetty's client, to checked and pinned public addresses. */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.webhook {
    requires ara.application;
    requires org.eclipse.jetty.client;

    exports ara.adapter.webhook to ara.bootstrap;
}
