package com.quizdeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.dashboard.DashboardFixtures.Sheet;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1 queries: every dashboard page sends the same number of SQL statements for a class of 3 students as for a
 * class of 15 (five times as many students, attempts and answers). Counts Hibernate's prepared statements, which is
 * every statement the application sends (it has no JDBC of its own).
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
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void each_page_sends_as_many_statements_for_fifteen_students_as_for_three() {
        var small = statementsPerPage(3);
        var large = statementsPerPage(15);

        assertThat(small.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(large).as("statements per page, 15 students vs 3 students").isEqualTo(small);
    }

    private Map<String, Long> statementsPerPage(int students) {
        var s = fixtures.setup(students);
        for (int i = 0; i < students; i++) {
            var student = s.students().get(i);
            fixtures.take(student, s.quiz().id(), new Sheet(i % 4, i % 2 == 0, i % 3 == 0 ? "Paris" : "Rome"));
            fixtures.take(student, s.quiz().id(), new Sheet(0, true, "Paris"));
        }
        var someone = s.students().getFirst();
        var counts = new LinkedHashMap<String, Long>();
        counts.put("class dashboard", count(() -> users.as(s.teacher(), () -> dashboards.classDashboard(s.klass().id()))));
        counts.put("item analysis", count(() -> users.as(s.teacher(),
                () -> dashboards.itemAnalysis(s.quiz().id(), WhichAttempts.ALL))));
        counts.put("student page", count(() -> users.as(s.teacher(),
                () -> dashboards.studentReport(s.klass().id(), someone.id(), ZoneOffset.UTC))));
        counts.put("my progress", count(() -> users.as(someone, () -> dashboards.myProgress(ZoneOffset.UTC))));
        return counts;
    }

    private long count(Supplier<?> page) {
        statistics.clear();
        var result = page.get();
        assertThat(result).isNotNull();
        return statistics.getPrepareStatementCount();
    }
}
