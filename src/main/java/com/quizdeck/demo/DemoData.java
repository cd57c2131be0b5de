package com.quizdeck.demo;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.classroom.ClassroomService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts and a demo class for the embedded default, so that a newcomer can sign in at once
 * (the README lists them). Off with {@code quizdeck.demo-data=false} and in the prod profile. Runs
 * once: an existing "teacher" account means it ran before.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "quizdeck.demo-data", havingValue = "true")
@RequiredArgsConstructor
@Slf4j
class DemoData implements ApplicationRunner {

    static final String DEMO_CLASS_CODE = "EAST24";

    private final AccountService accounts;
    private final ClassroomService classrooms;

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserWithRole(Role.INSTRUCTOR)) {
            return;
        }
        if (!accounts.anyUserWithRole(Role.ADMIN)) {
            accounts.bootstrap("admin", "Ada Admin", "admin-demo-pass", Role.ADMIN);
        }
        accounts.bootstrap("teacher", "Ms. Rivera", "teacher-demo-pass", Role.INSTRUCTOR);
        var classroom = accounts.runAs("teacher",
                () -> classrooms.createClass("History 11B: East Asia today", DEMO_CLASS_CODE));
        accounts.runAs("teacher", () -> classrooms.createClass("Politics seminar", null));
        for (var student : new String[][] {
                {"ana", "Ana Kim"}, {"ben", "Ben Okafor"}, {"chloe", "Chloé Martin"}}) {
            classrooms.registerStudent(classroom.joinCode(), student[1], student[0], "student-demo-pass");
        }
        log.info("Demo data loaded: admin, teacher, students ana/ben/chloe; class code {}", DEMO_CLASS_CODE);
    }
}
