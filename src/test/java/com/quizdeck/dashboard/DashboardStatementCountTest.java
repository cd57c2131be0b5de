package com.quizdeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.dashboard.DashboardFixtures.Sheet;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.study.AnswerReviewWriter;
import com.quizdeck.support.AnswerReviewsWritten;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: the number of SQL statements behind each dashboard page is the same for a class of 2 students and a class
 * of 8 (each with attempts), counted by Hibernate's statistics.
 */
@IntegrationTest
class DashboardStatementCountTest {

    @Autowired
    DashboardFixtures fixtures;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TestUsers users;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    AnswerReviewWriter reviewWriter;

    Statistics statistics;
    boolean wasEnabled;

    @BeforeEach
    void countStatements() {
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void restore() {
        statistics.setStatisticsEnabled(wasEnabled);
    }

    @Test
    void every_page_runs_as_many_statements_for_eight_students_as_for_two() {
        var small = classWith(2);
        var large = classWith(8);

        assertThat(statements(small, () -> dashboards.classDashboard(small.klass().id())))
                .isEqualTo(statements(large, () -> dashboards.classDashboard(large.klass().id())));
        assertThat(statements(small, () -> dashboards.itemAnalysis(small.quiz().id(), WhichAttempts.ALL)))
                .isEqualTo(statements(large, () -> dashboards.itemAnalysis(large.quiz().id(), WhichAttempts.ALL)));
        assertThat(statements(small, () -> dashboards.studentReport(small.klass().id(),
                small.students().getFirst().id(), ZoneOffset.UTC)))
                .isEqualTo(statements(large, () -> dashboards.studentReport(large.klass().id(),
                        large.students().getFirst().id(), ZoneOffset.UTC)));
        long mine = users.as(small.students().getFirst(), () -> {
            statistics.clear();
            dashboards.myProgress(ZoneOffset.UTC);
            return statistics.getPrepareStatementCount();
        });
        long theirs = users.as(large.students().getFirst(), () -> {
            statistics.clear();
            dashboards.myProgress(ZoneOffset.UTC);
            return statistics.getPrepareStatementCount();
        });
        assertThat(mine).isEqualTo(theirs);
    }

    private DashboardFixtures.Setup classWith(int students) {
        var setup = fixtures.setup(students);
        for (int i = 0; i < students; i++) {
            fixtures.take(setup.students().get(i), setup.quiz().id(), new Sheet(i % 4, i % 2 == 0, "Paris"));
        }
        fixtures.take(setup.students().getFirst(), setup.quiz().id(), new Sheet(0, true, "Paris"));
        // The attempts' flashcard reviews are written in the background; their statements must not be counted.
        AnswerReviewsWritten.await(reviewWriter);
        return setup;
    }

    private long statements(DashboardFixtures.Setup setup, Supplier<?> page) {
        long count = users.as(setup.teacher(), () -> {
            statistics.clear();
            page.get();
            return statistics.getPrepareStatementCount();
        });
        assertThat(count).as("statements counted").isPositive();
        System.out.println("Dashboard page with " + setup.students().size() + " students: " + count + " statements");
        return count;
    }
}
