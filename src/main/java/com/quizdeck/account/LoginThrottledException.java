package com.quizdeck.account;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** A sign-in refused because of too many recent failures; the message says how long to wait. */
public class LoginThrottledException extends AccountStatusException {

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins. Wait " + humanise(wait) + " and try again.");
    }

    static String humanise(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
