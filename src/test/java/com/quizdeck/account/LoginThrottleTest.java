package com.quizdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5);

    @Test
    void four_failures_do_not_block() {
        fail("ana", "10.0.0.1", 4);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void five_failures_block_the_account_for_thirty_seconds() {
        fail("ana", "10.0.0.1", 5);
        assertThat(throttle.blockedFor("ana", "10.0.0.9")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.blockedFor("ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void the_delay_doubles_with_each_further_failure() {
        fail("ana", "10.0.0.1", 6);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(60));
        fail("ana", "10.0.0.1", 1);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(120));
    }

    @Test
    void the_delay_never_exceeds_fifteen_minutes() {
        fail("ana", "10.0.0.1", 30);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void failures_older_than_fifteen_minutes_are_forgotten() {
        fail("ana", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("ana", "10.0.0.1", 1);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void one_user_mistyping_does_not_block_classmates_on_the_same_address() {
        fail("ana", "203.0.113.7", 8);
        assertThat(throttle.blockedFor("ben", "203.0.113.7")).isEmpty();
    }

    @Test
    void an_address_trying_five_different_usernames_is_blocked() {
        for (var user : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
            fail(user, "198.51.100.4", 1);
        }
        assertThat(throttle.blockedFor("someone-else", "198.51.100.4")).isPresent();
        assertThat(throttle.blockedFor("someone-else", "198.51.100.5")).isEmpty();
    }

    @Test
    void a_correct_password_resets_the_account_count() {
        fail("ana", "10.0.0.1", 4);
        throttle.recordSuccess("ana", "10.0.0.1");
        fail("ana", "10.0.0.1", 1);
        assertThat(throttle.blockedFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void the_message_says_how_long_to_wait() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(30)).getMessage())
                .isEqualTo("Too many failed sign-ins. Wait 30 seconds and try again.");
        assertThat(new LoginThrottledException(Duration.ofMinutes(15)).getMessage())
                .isEqualTo("Too many failed sign-ins. Wait 15 minutes and try again.");
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, address);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
