package com.quizdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes' job locks on one database (two JobLock instances, as two nodes have): while one runs a job the
 * other skips it, a tick just finished is not run again within its minimum hold, and a crashed holder's lock
 * runs out after its maximum. On H2 and, in the PostgreSQL pass, on PostgreSQL.
 */
@IntegrationTest
class JobLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_job_runs_on_one_node_at_a_time() {
        var nodeA = new JobLock(new JdbcTemplate(dataSource), clock);
        var nodeB = new JobLock(new JdbcTemplate(dataSource), clock);
        var job = "test-" + UUID.randomUUID();
        var runs = new AtomicInteger();
        clock.freeze();

        boolean ranOnA = nodeA.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), () -> {
            runs.incrementAndGet();
            // node B's timer fires while A is still running: B skips
            assertThat(nodeB.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), runs::incrementAndGet)).isFalse();
        });
        assertThat(ranOnA).isTrue();
        assertThat(runs).hasValue(1);

        // The same tick a moment later on B: still within A's minimum hold.
        clock.advance(Duration.ofSeconds(1));
        assertThat(nodeB.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), runs::incrementAndGet)).isFalse();
        // The next tick: whoever comes first runs it.
        clock.advance(Duration.ofSeconds(15));
        assertThat(nodeB.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_lock_whose_holder_died_runs_out_after_its_maximum() {
        var nodeA = new JobLock(new JdbcTemplate(dataSource), clock);
        var nodeB = new JobLock(new JdbcTemplate(dataSource), clock);
        var job = "test-" + UUID.randomUUID();
        clock.freeze();
        try {
            nodeA.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), () -> {
                throw new IllegalStateException("node A dies mid-run");
            });
        } catch (IllegalStateException expected) {
            // released to the minimum hold, like a finished run
        }
        // A node that never releases: claim directly, as a process killed mid-run leaves it.
        new JdbcTemplate(dataSource).update("update scheduled_job_lock set locked_until = ? where name = ?",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))), job);
        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeB.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), () -> { })).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(nodeB.runExclusively(job, Duration.ofMinutes(5), Duration.ofSeconds(5), () -> { })).isTrue();
    }
}
