package com.quizdeck.demo;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizSettings;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, a demo class and an open quiz for the embedded default, so that a newcomer can sign in at once
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
    private final DeckService decks;
    private final QuizService quizzes;
    private final Clock clock;

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
        // The article decks (loaded from the bank folder just before) are given to the demo class.
        accounts.runAs("teacher", () -> {
            for (var slug : new String[] {"rdprk-treaties", "rdprk-summits", "rdprk-equidistance"}) {
                decks.idOf(slug).ifPresent(deckId -> decks.shareWithClass(deckId, classroom.id()));
            }
            // An open quiz to try at once: every question of the treaty deck, as homework.
            decks.idOf("rdprk-treaties").ifPresent(deckId -> quizzes.createQuiz(new QuizSettings(classroom.id(), deckId,
                    "Treaties quiz", clock.instant(), null, null, 3, null, false, true, FeedbackTiming.AFTER_SUBMIT, 1,
                    true)));
            return null;
        });
        log.info("Demo data loaded: admin, teacher, students ana/ben/chloe; class code {}", DEMO_CLASS_CODE);
    }
}
