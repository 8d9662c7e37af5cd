/** Mail adapter: messages sent over SMTP (Jakarta Mail, Angus Mail) or written as .eml files when none is set up. */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.mail {
    requires ara.application;
    requires jakarta.mail;
    // The SMTP provider: its failure types tell a refused recipient (a bounce) from a server that is unreachable.
    requires org.eclipse.angus.mail;

    exports ara.adapter.mail to ara.bootstrap;
    exports ara.adapter.mail.smtp to ara.bootstrap;
    exports ara.adapter.mail.file to ara.bootstrap;
}
