package com.quizdeck.support;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Creates real accounts and runs code as them, through the same security as a request. */
@Component
public class TestUsers {

    private final AccountService accounts;

    TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public UserSummary create(Role role) {
        var name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.bootstrap(name, "User " + name, "correct-horse-battery", role);
    }

    public <T> T as(UserSummary user, Supplier<T> work) {
        return accounts.runAs(user.username(), work);
    }

    public void as(UserSummary user, Runnable work) {
        accounts.runAs(user.username(), () -> {
            work.run();
            return null;
        });
    }
}
