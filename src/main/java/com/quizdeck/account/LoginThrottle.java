package com.quizdeck.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out for good and without making the server
 * sleep: a blocked attempt is refused at once, with the time to wait.
 *
 * <ul>
 * <li>Per username: after {@value #THRESHOLD} failures within 15 minutes, the account refuses
 * sign-ins for 30 s, doubling with every further failure, at most 15 minutes.
 * <li>Per address: after failures for {@value #THRESHOLD} different usernames within 15 minutes
 * (password spraying), that address is blocked the same way. Counting distinct usernames rather than
 * failures keeps one student who mistypes their own password from blocking a whole classroom that
 * shares one public address.
 * </ul>
 *
 * Kept in memory: a restart forgets, which errs on the side of letting real users in. With several
 * nodes each counts on its own (documented); sticky sessions keep one client on one node.
 */
@Component
class LoginThrottle {

    static final int THRESHOLD = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    // Bounds memory when someone sprays random usernames.
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final int threshold;
    private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> failedUsersByAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${quizdeck.login.max-failures:5}") int threshold) {
        this.clock = clock;
        this.threshold = threshold;
    }

    /** How long this username or address must still wait, if it is blocked now. */
    Optional<Duration> blockedFor(String username, String address) {
        var now = clock.instant();
        var userWait = waitFor(userFailures(username, now), now);
        var addressWait = waitFor(addressFailures(address, now), now);
        return userWait.compareTo(addressWait) >= 0 ? positive(userWait) : positive(addressWait);
    }

    void recordFailure(String username, String address) {
        var now = clock.instant();
        if (failuresByUser.size() < MAX_TRACKED_KEYS || failuresByUser.containsKey(username)) {
            var deque = failuresByUser.computeIfAbsent(username, k -> new ArrayDeque<>());
            synchronized (deque) {
                deque.addLast(now);
            }
        }
        if (address != null && (failedUsersByAddress.size() < MAX_TRACKED_KEYS
                || failedUsersByAddress.containsKey(address))) {
            var users = failedUsersByAddress.computeIfAbsent(address, k -> new HashMap<>());
            synchronized (users) {
                users.put(username, now);
            }
        }
    }

    /** A correct password clears the account's count; the address keeps its record of other names. */
    void recordSuccess(String username, String address) {
        failuresByUser.remove(username);
        if (address != null) {
            var users = failedUsersByAddress.get(address);
            if (users != null) {
                synchronized (users) {
                    users.remove(username);
                }
            }
        }
    }

    /** Housekeeping of this node's memory: runs on every node (no job lock), unlike the jobs that change data. */
    @Scheduled(fixedDelay = 60_000)
    void forgetOldFailures() {
        var now = clock.instant();
        failuresByUser.keySet().forEach(user -> {
            if (userFailures(user, now).count() == 0) {
                failuresByUser.remove(user);
            }
        });
        failedUsersByAddress.keySet().forEach(address -> {
            if (addressFailures(address, now).count() == 0) {
                failedUsersByAddress.remove(address);
            }
        });
    }

    private Failures userFailures(String username, Instant now) {
        var deque = failuresByUser.get(username);
        if (deque == null) {
            return Failures.NONE;
        }
        synchronized (deque) {
            while (!deque.isEmpty() && deque.peekFirst().isBefore(now.minus(WINDOW))) {
                deque.removeFirst();
            }
            return deque.isEmpty() ? Failures.NONE : new Failures(deque.size(), deque.peekLast());
        }
    }

    private Failures addressFailures(String address, Instant now) {
        var users = address == null ? null : failedUsersByAddress.get(address);
        if (users == null) {
            return Failures.NONE;
        }
        synchronized (users) {
            users.values().removeIf(at -> at.isBefore(now.minus(WINDOW)));
            var latest = users.values().stream().max(Instant::compareTo).orElse(null);
            return new Failures(users.size(), latest);
        }
    }

    private Duration waitFor(Failures failures, Instant now) {
        if (failures.count() < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - threshold, 10);
        var delay = FIRST_DELAY.multipliedBy(1L << doublings);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        return Duration.between(now, failures.latest().plus(delay));
    }

    private static Optional<Duration> positive(Duration d) {
        return d.isPositive() ? Optional.of(d) : Optional.empty();
    }

    private record Failures(int count, Instant latest) {
        static final Failures NONE = new Failures(0, null);
    }
}
