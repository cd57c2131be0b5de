package com.quizdeck.account;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first admin of a production instance comes from the environment
 * ({@code QUIZDECK_ADMIN_USERNAME}, {@code QUIZDECK_ADMIN_PASSWORD}): no password is fixed in any
 * configuration file. Runs only while no admin exists.
 */
@Component
@Order(0)
@RequiredArgsConstructor
@Slf4j
class AdminBootstrap implements ApplicationRunner {

    private final AccountService accounts;

    @Value("${quizdeck.admin.username:}")
    private String username;

    @Value("${quizdeck.admin.password:}")
    private String password;

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserWithRole(Role.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No admin account exists. Set QUIZDECK_ADMIN_USERNAME and QUIZDECK_ADMIN_PASSWORD to create one.");
            return;
        }
        accounts.bootstrap(username, "Administrator", password, Role.ADMIN);
        log.info("Created the first admin account '{}' from the environment", username);
    }
}
