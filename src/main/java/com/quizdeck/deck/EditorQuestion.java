package com.quizdeck.deck;

import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import java.time.Instant;

/**
 * A question of a deck as the editor shows it: its current content, and the version the editor
 * opened, which a save names so that it never overwrites a version it has not seen.
 */
public record EditorQuestion(Long questionId, String key, int position, QuestionType type, Long versionId,
        int versionNo, Question question, Instant changedAt, String changedBy) {
}
