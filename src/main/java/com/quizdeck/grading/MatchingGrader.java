package com.quizdeck.grading;

import com.quizdeck.content.MatchingQuestion;
import java.util.ArrayList;
import java.util.List;

/**
 * matching: equal credit per pair, so the fraction is correct pairs / pairs. A pair is correct when the chosen
 * right-hand text equals the pair's (ignoring surrounding spaces); a distractor is never correct for any pair, it
 * only adds a wrong choice to every menu. Two pairs may share a right-hand text; each is then right with it.
 * One {@link PartGrade} per pair, in the question's order.
 */
final class MatchingGrader {

    private MatchingGrader() {
    }

    static Grade grade(MatchingQuestion q, MatchingResponse r) {
        var pairs = q.pairs();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("matching question '" + q.id() + "' has no pairs to grade");
        }
        for (int left : r.rightByLeft().keySet()) {
            if (left < 0 || left >= pairs.size()) {
                throw Grader.outside(q, "answers pair " + left + " but the question has " + pairs.size());
            }
        }
        var parts = new ArrayList<PartGrade>();
        int correct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            var chosen = r.rightByLeft().get(i);
            boolean right = chosen != null && chosen.strip().equals(pairs.get(i).right().strip());
            correct += right ? 1 : 0;
            parts.add(PartGrade.of(i, pairs.get(i).left(), chosen, right ? 1 : 0,
                    chosen == null ? List.of(Feedback.NOT_ANSWERED) : List.of()));
        }
        return Grade.of((double) correct / pairs.size(), Feedback.withGeneral(q, List.of()), parts);
    }
}
