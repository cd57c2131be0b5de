package com.quizdeck.study;

import com.quizdeck.study.fsrs.Rating;

/**
 * A typed answer compared with the card's question by the grader, and the rating that suggests. Only a suggestion:
 * the student rates.
 *
 * @param graded    false for a flashcard, whose back is read, not graded: the student compares it themselves
 * @param fraction  the grader's credit, 0 to 1 (0 when not graded)
 * @param correct   full credit
 * @param suggested the rating a quiz answer with this credit would count as; null when not graded
 */
public record TypedAnswerCheck(boolean graded, double fraction, boolean correct, Rating suggested) {
}
