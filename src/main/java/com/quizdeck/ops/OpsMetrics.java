package com.quizdeck.ops;

import com.quizdeck.quiz.AttemptSubmitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Metrics of other modules' events for {@code /actuator/prometheus}: quiz attempts submitted, by the student
 * or by the deadline job ({@code quizdeck_quiz_attempts_submitted_total}), counted once committed. The live
 * module counts its own (sessions, players, answers: LiveMetrics).
 */
@Component
class OpsMetrics {

    private final Counter attemptsSubmitted;

    OpsMetrics(MeterRegistry registry) {
        this.attemptsSubmitted = Counter.builder("quizdeck.quiz.attempts.submitted")
                .description("Quiz attempts submitted on this node").register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AttemptSubmitted event) {
        attemptsSubmitted.increment();
    }
}
