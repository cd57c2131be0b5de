package com.quizdeck.quiz;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * For tests and benchmarks outside this package: runs the V10.1 backfill of answer summaries, as the migration does
 * on attempts submitted before V10 (or written around the application, as the benchmark's generator does).
 */
public final class AnswerSummaries {

    private AnswerSummaries() {
    }

    /** @return how many submitted attempts without a summary got one */
    public static int backfill(DataSource dataSource) throws SQLException {
        try (var db = dataSource.getConnection()) {
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                int filled = AnswerSummaryBackfill.run(db);
                db.commit();
                return filled;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(autoCommit);
            }
        }
    }
}
