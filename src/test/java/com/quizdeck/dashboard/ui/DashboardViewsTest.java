package com.quizdeck.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.dashboard.StudentDeckRow;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard views on the demo class, after Ana submits an attempt at the demo quiz (other tests in the shared
 * context may add attempts too, so figures are compared with the service's, not with constants).
 */
@UiTest
class DashboardViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AttemptService attempts;
    @Autowired
    ClassroomService classrooms;

    Long classId;

    @BeforeEach
    void anaSubmitsAnAttempt() {
        try {
            accounts.runAs("ana", () -> {
                var attemptId = attempts.start(1L);
                var page = attempts.resume(attemptId);
                var first = page.items().getFirst();
                attempts.saveAnswer(attemptId, first.position(), new ChoiceResponse(0), first.version());
                return attempts.submit(attemptId);
            });
        } catch (com.quizdeck.quiz.QuizUnavailableException e) {
            // Ana has used all her attempts in earlier tests of this shared context: she has results already.
        }
        classId = accounts.runAs("teacher", () -> classrooms.teachingClasses(false)).stream()
                .filter(c -> c.joinCode().equals("EAST24")).findFirst().orElseThrow().id();
    }

    @Test
    @WithUserDetails("teacher")
    void the_class_grid_filters_by_student_and_deck_and_the_csv_holds_exactly_the_rows_shown() {
        var view = navigate("dashboard/class/" + classId, ClassDashboardView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Dashboard: History 11B: East Asia today");
        int all = view.shownRows().size();
        assertThat(all).isEqualTo(view.dashboard.students().size() * view.dashboard.decks().size());

        test(view.studentFilter).setValue("ana");
        assertThat(view.shownRows()).hasSize(view.dashboard.decks().size())
                .allSatisfy(r -> assertThat(r.studentName()).isEqualTo("Ana Kim"));
        var treaties = view.dashboard.decks().stream().filter(d -> d.title().startsWith("Treaties")).findFirst()
                .orElseThrow();
        view.deckFilter.setValue(treaties.id());
        assertThat(view.shownRows()).singleElement().satisfies(r -> {
            assertThat(r.deckId()).isEqualTo(treaties.id());
            assertThat(r.attempts()).isPositive();
            assertThat(r.bestPercent()).isNotNull();
        });

        var csv = csv(view);
        assertThat(csv).hasSize(2);
        StudentDeckRow row = view.shownRows().getFirst();
        assertThat(csv[1]).startsWith("Ana Kim,\"Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024\","
                + row.attempts() + "," + DataTable.format(row.bestPercent(), 1) + ",");
    }

    @Test
    @WithUserDetails("teacher")
    void the_item_analysis_follows_the_attempt_setting() {
        var view = navigate("dashboard/quiz/1", QuizAnalysisView.class);
        assertThat(view.analysis.which()).isEqualTo(WhichAttempts.FIRST);
        assertThat(view.analysis.report().quiz().attemptCount())
                .isEqualTo((int) view.analysis.attempts().stream().map(a -> a.studentId()).distinct().count());

        test(view.which).selectItem("All");
        assertThat(view.analysis.which()).isEqualTo(WhichAttempts.ALL);
        assertThat(view.analysis.report().quiz().attemptCount()).isEqualTo(view.analysis.attempts().size());
        assertThat(view.analysis.items()).hasSize(29);
        // The first question is single choice: its options are counted, with one option per row.
        assertThat(view.analysis.items().getFirst().distractors()).isNotNull();
    }

    @Test
    @WithUserDetails("ana")
    void my_progress_shows_the_students_own_figures() {
        var view = navigate(MyProgressView.class);
        var me = accounts.runAs("ana", () -> com.quizdeck.account.CurrentUser.id());
        assertThat(view.report.studentId()).isEqualTo(me);
        assertThat(view.report.attempts()).isNotEmpty();
        assertThat(view.report.decks()).allSatisfy(d -> assertThat(d.studentId()).isEqualTo(me));
    }

    @Test
    @WithUserDetails("ana")
    void a_student_cannot_open_an_instructor_dashboard() {
        navigate("dashboard/class/" + classId, com.vaadin.flow.component.Component.class);
        assertThat($(ClassDashboardView.class).all()).isEmpty();
    }

    private static String[] csv(ClassDashboardView view) {
        var bytes = view.csv();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
    }
}
