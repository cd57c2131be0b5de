package com.quizdeck.quiz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Listens as another module would: only after the submitting transaction commits (an event
 * published outside a transaction, or rolled back, never arrives here).
 */
@Component
class SubmittedEventsProbe {

    final List<AttemptSubmitted> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(AttemptSubmitted event) {
        received.add(event);
    }

    List<AttemptSubmitted> of(Long attemptId) {
        return received.stream().filter(e -> e.attemptId().equals(attemptId)).toList();
    }
}
