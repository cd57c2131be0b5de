package com.quizdeck.quiz;

import lombok.extern.slf4j.Slf4j;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Version 10.1: the {@link AnswerSummary} of every attempt submitted before V10 added the column (new submissions
 * write theirs). A Spring bean, which Spring Boot hands to Flyway, so that it can stay in this module beside the
 * format it writes.
 *
 * <p>Why a migration rather than filling summaries lazily when a quiz is first analysed: the dashboards read in
 * read-only transactions (PostgreSQL refuses a write there), and two teachers opening the same quiz would race to
 * write; after this migration every submitted attempt has its summary, and the read path only reads. The price is
 * paid once, at the upgrade: every stored answer read once, in chunks ({@link AnswerSummaryBackfill}); about
 * 35,000 attempts with 1,000,000 answers take seconds (DashboardBench prints the figure). Should a summary still be
 * missing, {@link QuizResultsService#quizResults} reads that attempt's answers instead.
 */
@Component
@Slf4j
class V10_1__Backfill_answer_summary extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        long started = System.nanoTime();
        int filled = AnswerSummaryBackfill.run(context.getConnection());
        if (filled > 0) {
            log.info("Answer summaries written for {} attempts submitted before V10, in {} ms", filled,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
