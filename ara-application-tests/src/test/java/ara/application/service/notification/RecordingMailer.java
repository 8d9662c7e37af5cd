package ara.application.service.notification;

import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.Mailer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mail channel for tests: keeps what it was given, or refuses the next message as told. Thread-safe. */
final class RecordingMailer implements Mailer {
    private final List<MailMessage> sent = new ArrayList<>();
    private Optional<MailNotSent> refuseNext = Optional.empty();

    @Override
    public synchronized void send(MailMessage message) {
        if (refuseNext.isPresent()) {
            MailNotSent refusal = refuseNext.get();
            refuseNext = Optional.empty();
            throw refusal;
        }
        sent.add(message);
    }

    synchronized void refuseNext(boolean permanent) {
        refuseNext = Optional.of(new MailNotSent(permanent ? "550 no such user" : "421 try later", permanent, null));
    }

    synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    synchronized MailMessage last() {
        return sent.getLast();
    }
}
