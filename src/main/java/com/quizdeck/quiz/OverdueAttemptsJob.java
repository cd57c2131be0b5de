package com.quizdeck.quiz;

import com.quizdeck.account.AccountService;
import com.quizdeck.cluster.JobLock;
import java.time.Duration;
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
 *
 * <p>With several nodes on one database every node's timer fires, and {@link JobLock} lets one of them
 * run the tick (at most 5 minutes, at least 5 seconds). Submitting an attempt is safe against a race
 * anyway (optimistic locking): the lock keeps the work from being done twice, not the result wrong.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class OverdueAttemptsJob {

    private final AccountService accounts;
    private final AttemptService attempts;
    private final JobLock jobLock;

    static final String JOB = "quiz-overdue-attempts";

    @Scheduled(cron = "${quizdeck.quiz.overdue-check-cron:*/15 * * * * *}")
    void run() {
        jobLock.runExclusively(JOB, Duration.ofMinutes(5), Duration.ofSeconds(5), this::submitOverdue);
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
