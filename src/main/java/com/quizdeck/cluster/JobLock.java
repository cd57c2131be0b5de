package com.quizdeck.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a scheduled job on one node at a time: each node's scheduler fires, and only the node that
 * claims the job's row in {@code scheduled_job_lock} (an {@code UPDATE ... WHERE locked_until <= now},
 * one row, so the database lets exactly one claim succeed) runs it. The claim holds for at most
 * {@code atMost} (a node that dies mid-run frees the job then) and for at least {@code atLeast} (so that
 * another node whose timer fires a moment later does not run the same tick again). The same algorithm
 * as ShedLock's JDBC provider, in one small class (ShedLock is not among the packages available here).
 */
@Slf4j
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    JobLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs {@code task} if no other node holds the job now; true when it ran here. */
    public boolean runExclusively(String job, Duration atMost, Duration atLeast, Runnable task) {
        var now = clock.instant();
        if (!claim(job, now, now.plus(atMost))) {
            log.debug("job {} runs elsewhere; skipped on {}", job, node);
            return false;
        }
        try {
            task.run();
        } finally {
            var releaseAt = now.plus(atLeast);
            var end = clock.instant();
            jdbc.update("update scheduled_job_lock set locked_until = ? where name = ? and locked_by = ?",
                    Timestamp.from(releaseAt.isAfter(end) ? releaseAt : end), job, node);
        }
        return true;
    }

    private boolean claim(String job, java.time.Instant now, java.time.Instant until) {
        int claimed = jdbc.update("""
                update scheduled_job_lock set locked_until = ?, locked_at = ?, locked_by = ?
                where name = ? and locked_until <= ?""",
                Timestamp.from(until), Timestamp.from(now), node, job, Timestamp.from(now));
        if (claimed == 1) {
            return true;
        }
        try {
            jdbc.update("insert into scheduled_job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)",
                    job, Timestamp.from(until), Timestamp.from(now), node);
            return true;
        } catch (DataIntegrityViolationException e) {
            return false; // the row exists and another node holds it
        }
    }

    /** This node's name in the lock table. */
    public String node() {
        return node;
    }

    private static String hostName() {
        var h = System.getenv("HOSTNAME");
        return h == null || h.isBlank() ? "node" : h;
    }
}
