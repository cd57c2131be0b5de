package com.quizdeck.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a throw-away H2 database (the embedded default's engine), with the
 * demo accounts and the shipped decks. Every integration and browserless UI test uses exactly this
 * configuration, so they share one application context: Spring Security's context-holder strategy
 * is global, and several live contexts would each hold a different one. Tests create their own
 * users and classes (with unique names) and so do not depend on each other.
 *
 * <p>Time is {@link TestClock}'s; the quiz deadline job does not run by itself here (tests call it
 * after moving the clock), so that it never races a test's own steps.
 *
 * <p>Flashcard reviews of quiz and live answers are written in the background; each test waits for them at its end.
 *
 * <p>Tagged {@code db}: the {@code postgres} Surefire execution runs these same tests again on a
 * real PostgreSQL server (see {@link TestDatabaseInitializer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:it;DB_CLOSE_DELAY=-1",
        "quizdeck.demo-data=true",
        "quizdeck.quiz.overdue-check-cron=-"
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Tag("db")
@ExtendWith(AnswerReviewsWritten.class)
public @interface IntegrationTest {
}
