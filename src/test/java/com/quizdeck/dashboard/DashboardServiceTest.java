package com.quizdeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.account.Role;
import com.quizdeck.dashboard.DashboardFixtures.Sheet;
import com.quizdeck.dashboard.stats.DistractorHint;
import com.quizdeck.dashboard.stats.OptionCount;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.study.StudyProgressService;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The dashboards on real data: six students take a quiz through the quiz services (one of them twice), and the item
 * analysis, the class grid, the per-student page and "My progress" show what a teacher would compute by hand.
 */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardFixtures fixtures;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TestUsers users;
    @Autowired
    StudyProgressService studyProgress;
    @Autowired
    TestClock clock;

    DashboardFixtures.Setup s;

    /**
     * Totals of the first attempts: 3, 2, 1, 1, 0, 2 (mean 1.5 of 3). Most students choose the distractor B; nobody
     * chooses D. Student 4 tries again and gets everything right.
     */
    @BeforeEach
    void sixStudentsTakeTheQuiz() {
        s = fixtures.setup(6);
        var quiz = s.quiz().id();
        fixtures.take(s.students().get(0), quiz, new Sheet(0, true, "Paris"));
        fixtures.take(s.students().get(1), quiz, new Sheet(1, true, "Paris"));
        fixtures.take(s.students().get(2), quiz, new Sheet(1, true, "London"));
        fixtures.take(s.students().get(3), quiz, new Sheet(1, false, "Paris"));
        fixtures.take(s.students().get(4), quiz, new Sheet(1, false, null));
        fixtures.take(s.students().get(5), quiz, new Sheet(2, true, "Paris"));
        fixtures.take(s.students().get(4), quiz, new Sheet(0, true, "Paris"));
    }

    @Test
    void item_analysis_of_first_attempts_gives_the_figures_computed_by_hand() {
        var analysis = users.as(s.teacher(), () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.FIRST));

        var quiz = analysis.report().quiz();
        assertThat(quiz.attemptCount()).isEqualTo(6);
        assertThat(quiz.maxTotalMark()).isEqualTo(3.0);
        assertThat(quiz.mean().percent()).isCloseTo(50.0, within(1e-9));
        assertThat(quiz.median().marks()).isCloseTo(1.5, within(1e-9));
        assertThat(quiz.standardDeviation().marks()).isCloseTo(Math.sqrt(1.1), within(1e-9));

        assertThat(analysis.items()).extracting(ItemAnalysis.Item::prompt)
                .containsExactly("Which treaty?", "The sky is blue.", "Capital of France?");
        var choice = analysis.items().get(0);
        assertThat(choice.statistics().facilityIndex()).isCloseTo(100.0 / 6, within(1e-9));
        // x = 1,0,0,0,0,0 against the rest of the test 2,2,1,1,0,2: correlation 0.4.
        assertThat(choice.statistics().discriminationIndex()).isCloseTo(40.0, within(1e-9));
        assertThat(choice.statistics().randomGuessScore()).isCloseTo(25.0, within(1e-9));
        assertThat(analysis.items().get(1).statistics().facilityIndex()).isCloseTo(400.0 / 6, within(1e-9));
        assertThat(analysis.items().get(2).statistics().facilityIndex()).isCloseTo(400.0 / 6, within(1e-9));

        assertThat(choice.options()).extracting(ItemAnalysis.Option::label).containsExactly("A", "B", "C", "D");
        assertThat(choice.distractors().options()).extracting(OptionCount::count).containsExactly(1, 4, 1, 0);
        assertThat(choice.distractors().hints()).extracting(DistractorHint::message)
                .contains("Most students chose B: check the key or the wording",
                        "Nobody chose D: it is not a plausible distractor");
        var trueFalse = analysis.items().get(1);
        assertThat(trueFalse.distractors().options()).extracting(OptionCount::label, OptionCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("True", 4),
                        org.assertj.core.groups.Tuple.tuple("False", 2));
        assertThat(analysis.items().get(2).distractors()).isNull();

        assertThat(analysis.attempts()).hasSize(7);
        assertThat(analysis.attempts()).filteredOn(ItemAnalysis.AttemptLine::counted).hasSize(6);
        assertThat(analysis.report().histogram().total()).isEqualTo(6);
    }

    @Test
    void the_attempt_setting_chooses_first_best_last_or_all_attempts() {
        var best = users.as(s.teacher(), () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.BEST));
        var last = users.as(s.teacher(), () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.LAST));
        var all = users.as(s.teacher(), () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.ALL));

        // Student 4's 0 becomes a 3: totals 3, 2, 1, 1, 3, 2.
        assertThat(best.report().quiz().attemptCount()).isEqualTo(6);
        assertThat(best.report().quiz().mean().marks()).isCloseTo(2.0, within(1e-9));
        assertThat(last.report().quiz().mean().marks()).isCloseTo(2.0, within(1e-9));
        assertThat(all.report().quiz().attemptCount()).isEqualTo(7);
        assertThat(all.report().quiz().mean().marks()).isCloseTo(12.0 / 7, within(1e-9));
        assertThat(all.items().get(0).distractors().options()).extracting(OptionCount::count)
                .containsExactly(2, 4, 1, 0);
    }

    @Test
    void the_class_grid_has_best_and_last_score_per_student_and_deck() {
        var dashboard = users.as(s.teacher(), () -> dashboards.classDashboard(s.klass().id()));

        assertThat(dashboard.rows()).hasSize(6);
        assertThat(dashboard.quizzes()).extracting(ClassDashboard.QuizLine::quizId).containsExactly(s.quiz().id());
        var twice = row(dashboard, s.students().get(4).id());
        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.bestPercent()).isCloseTo(100.0, within(1e-9));
        assertThat(twice.lastPercent()).isCloseTo(100.0, within(1e-9));
        assertThat(twice.lastActivity()).isNotNull();
        var once = row(dashboard, s.students().get(2).id());
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.bestPercent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(once.lastPercent()).isCloseTo(100.0 / 3, within(1e-9));
        // Quiz answers count as flashcard reviews: every question of the deck has been seen.
        assertThat(once.completion()).isCloseTo(1.0, within(1e-9));
        assertThat(once.memory()).isNotNull().isBetween(0.0, 1.0);
    }

    @Test
    void the_student_page_shows_attempts_over_time_and_weakest_questions() {
        var student = s.students().get(4);
        var report = users.as(s.teacher(), () -> dashboards.studentReport(s.klass().id(), student.id(),
                ZoneOffset.UTC));

        assertThat(report.attempts()).extracting(a -> a.percent()).containsExactly(0.0, 100.0);
        assertThat(report.weakest()).isNotEmpty();
        assertThat(report.weakest().getFirst().meanFraction()).isCloseTo(0.5, within(1e-9));
        assertThat(report.decks()).singleElement().satisfies(d -> assertThat(d.studentId()).isEqualTo(student.id()));
        assertThat(report.activity().reviews()).isPositive();
        assertThat(report.streak()).isEqualTo(1);
    }

    @Test
    void the_student_page_reads_the_same_scores_as_the_class_grid() {
        var student = s.students().get(4);
        var grid = users.as(s.teacher(), () -> dashboards.classDashboard(s.klass().id()));
        var report = users.as(s.teacher(), () -> dashboards.studentReport(s.klass().id(), student.id(),
                ZoneOffset.UTC));

        var expected = row(grid, student.id());
        assertThat(report.decks()).singleElement().satisfies(d -> {
            assertThat(d.attempts()).isEqualTo(expected.attempts()).isEqualTo(2);
            assertThat(d.bestPercent()).isEqualTo(expected.bestPercent());
            assertThat(d.lastPercent()).isEqualTo(expected.lastPercent());
            assertThat(d.lastActivity()).isEqualTo(expected.lastActivity());
        });
    }

    @Test
    void a_class_read_as_a_large_one_by_deck_gives_the_same_grid() {
        clock.freeze();
        // Days after the reviews, so that memory has decayed: the large-class path computes it in SQL.
        clock.advance(java.time.Duration.ofDays(3).plusHours(5));
        try {
            var byStudent = users.as(s.teacher(), () -> dashboards.classDashboard(s.klass().id()));
            var study = AopTestUtils.getUltimateTargetObject(studyProgress);
            var threshold = ReflectionTestUtils.getField(study, "largeClass");
            ReflectionTestUtils.setField(study, "largeClass", 0);
            ClassDashboard byDeck;
            try {
                byDeck = users.as(s.teacher(), () -> dashboards.classDashboard(s.klass().id()));
            } finally {
                ReflectionTestUtils.setField(study, "largeClass", threshold);
            }
            assertThat(byStudent.rows()).allSatisfy(r -> assertThat(r.memory()).isNotNull().isBetween(0.01, 0.99));
            assertThat(byDeck.rows()).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration
                    .builder().withComparatorForType(Comparator.<Double>comparingDouble(d -> Math.round(d * 1e9)),
                            Double.class).build())
                    .containsExactlyElementsOf(byStudent.rows());
        } finally {
            clock.reset();
        }
    }

    @Test
    void my_progress_holds_the_students_own_data_and_nobody_elses() {
        var me = s.students().get(1);
        var progress = users.as(me, () -> dashboards.myProgress(ZoneOffset.UTC));

        assertThat(progress.studentId()).isEqualTo(me.id());
        assertThat(progress.decks()).isNotEmpty().allSatisfy(d -> assertThat(d.studentId()).isEqualTo(me.id()));
        var deck = progress.decks().stream().filter(d -> d.deckId().equals(s.deckId())).findFirst().orElseThrow();
        assertThat(deck.bestPercent()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(progress.attempts()).singleElement().satisfies(a -> assertThat(a.percent())
                .isCloseTo(200.0 / 3, within(1e-9)));
        assertThat(progress.live()).allSatisfy(l -> assertThat(l.studentId()).isEqualTo(me.id()));
        assertThat(progress.streak()).isEqualTo(1);
    }

    @Test
    void another_instructor_sees_none_of_this_class_and_an_admin_sees_it() {
        var stranger = users.create(Role.INSTRUCTOR);
        var classId = s.klass().id();
        var studentId = s.students().getFirst().id();
        assertThatThrownBy(() -> users.as(stranger, () -> dashboards.classDashboard(classId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(stranger, () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(stranger, () -> dashboards.studentReport(classId, studentId, ZoneOffset.UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(stranger, () -> dashboards.classes())).extracting(c -> c.id()).doesNotContain(classId);

        var admin = users.create(Role.ADMIN);
        assertThat(users.as(admin, () -> dashboards.classDashboard(classId)).rows()).hasSize(6);
        assertThat(users.as(admin, () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.ALL)).attempts())
                .hasSize(7);
        assertThat(users.as(admin, () -> dashboards.classes())).extracting(c -> c.id()).contains(classId);
    }

    @Test
    void students_cannot_open_instructor_dashboards_and_a_teacher_cannot_read_a_student_outside_the_class() {
        var student = s.students().getFirst();
        assertThatThrownBy(() -> users.as(student, () -> dashboards.classDashboard(s.klass().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(s.teacher(), () -> dashboards.myProgress(ZoneOffset.UTC)))
                .isInstanceOf(AccessDeniedException.class);

        var outsider = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(s.teacher(), () -> dashboards.studentReport(s.klass().id(), outsider.id(),
                ZoneOffset.UTC))).isInstanceOf(AccessDeniedException.class);
    }

    private static StudentDeckRow row(ClassDashboard dashboard, Long studentId) {
        return dashboard.rows().stream().filter(r -> r.studentId().equals(studentId)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unused")
    private static List<String> names(ClassDashboard d) {
        return d.students().stream().map(ClassDashboard.StudentRef::name).toList();
    }
}
