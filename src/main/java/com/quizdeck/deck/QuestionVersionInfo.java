package com.quizdeck.deck;

import com.quizdeck.content.Question;
import java.time.Instant;
import java.util.List;

/**
 * One version in a question's history: who made it and when, what it changed compared with the
 * version before (names of the editor's parts such as "prompt", "options"; shown as {@code deck.history.part.<name>}),
 * and its content.
 */
public record QuestionVersionInfo(Long versionId, int versionNo, Instant createdAt, String author, String note,
        List<String> changes, Question question, boolean current) {
}
