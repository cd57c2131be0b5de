package com.quizdeck.quiz;

import com.quizdeck.content.QuestionType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes the {@link AnswerSummary} of submitted attempts that have none (those submitted before the column
 * existed), from their stored answers, through plain JDBC: it runs inside a Flyway migration, before the
 * persistence layer exists. Works through the attempts in id order, a chunk at a time, so that memory stays small
 * whatever the number of answers.
 */
final class AnswerSummaryBackfill {

    static final int CHUNK = 500;

    private AnswerSummaryBackfill() {
    }

    /** @return how many attempts got a summary */
    static int run(Connection db) throws SQLException {
        int done = 0;
        long after = Long.MIN_VALUE;
        try (var next = db.prepareStatement("select id from quiz_attempt"
                + " where state = 'SUBMITTED' and answer_summary is null and id > ?"
                + " order by id fetch first " + CHUNK + " rows only");
                var answers = db.prepareStatement("select attempt_id, version_id, question_type, fraction, response"
                        + " from quiz_attempt_question where attempt_id between ? and ?"
                        + " order by attempt_id, position");
                var update = db.prepareStatement("update quiz_attempt set answer_summary = ? where id = ?")) {
            while (true) {
                var slots = new LinkedHashMap<Long, List<AnswerSummary.StoredSlot>>();
                next.setLong(1, after);
                try (var rs = next.executeQuery()) {
                    while (rs.next()) {
                        slots.put(rs.getLong(1), new ArrayList<>());
                    }
                }
                if (slots.isEmpty()) {
                    return done;
                }
                long first = slots.firstEntry().getKey();
                long last = slots.lastEntry().getKey();
                answers.setLong(1, first);
                answers.setLong(2, last);
                try (var rs = answers.executeQuery()) {
                    while (rs.next()) {
                        var own = slots.get(rs.getLong(1));
                        if (own == null) { // an attempt in the id range that is not submitted, or already done
                            continue;
                        }
                        long versionId = rs.getLong(2);
                        var type = QuestionType.valueOf(rs.getString(3));
                        double fraction = rs.getDouble(4);
                        Double stored = rs.wasNull() ? null : fraction;
                        own.add(new AnswerSummary.StoredSlot(versionId, type, stored, rs.getString(5)));
                    }
                }
                for (var e : slots.entrySet()) {
                    update.setString(1, AnswerSummary.encode(e.getValue()));
                    update.setLong(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
                done += slots.size();
                after = last;
            }
        }
    }
}
