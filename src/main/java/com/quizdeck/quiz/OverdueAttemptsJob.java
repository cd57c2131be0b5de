package com.quizdeck.quiz;

import com.quizdeck.account.AccountService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits attempts whose deadline has passed, whether or not a browser is still open: the server,
 * not the page's countdown, ends an attempt. Runs every 15 seconds by default
 * ({@code quizdeck.quiz.overdue-check-cron}; "-" turns it off, as the integration tests do, which
 * call {@link #submitOverdue()} with a clock they control).
 */
@Component
@RequiredArgsConstructor
@Slf4j
class OverdueAttemptsJob {

    private final AccountService accounts;
    private final AttemptService attempts;

    @Scheduled(cron = "${quizdeck.quiz.overdue-check-cron:*/15 * * * * *}")
    void run() {
        submitOverdue();
    }

    /** @return how many attempts were submitted or abandoned */
    int submitOverdue() {
        return accounts.runAsSystem(() -> {
            int finished = 0;
            for (var attemptId : attempts.overdueAttempts()) {
                try {
                    if (attempts.finishOverdue(attemptId)) {
                        finished++;
                    }
                } catch (OptimisticLockingFailureException e) {
                    // The student submitted at the same moment; their submission stands.
                    log.debug("Attempt {} changed while its deadline passed; left as it is", attemptId);
                } catch (RuntimeException e) {
                    log.error("Could not finish overdue attempt {}; will try again", attemptId, e);
                }
            }
            return finished;
        });
    }
}
