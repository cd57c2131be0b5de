package com.quizdeck.grading;

import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import java.util.Objects;

/**
 * Grades a response to a question. Stateless and thread-safe; pure: the same question and response always give
 * the same grade.
 *
 * <table>
 * <caption>The response each question type takes</caption>
 * <tr><th>question</th><th>response</th></tr>
 * <tr><td>single_choice</td><td>{@link ChoiceResponse}</td></tr>
 * <tr><td>multiple_response</td><td>{@link MultiChoiceResponse}</td></tr>
 * <tr><td>true_false</td><td>{@link TrueFalseResponse}</td></tr>
 * <tr><td>short_answer</td><td>{@link TextResponse}</td></tr>
 * <tr><td>numeric</td><td>{@link NumericResponse}</td></tr>
 * <tr><td>matching</td><td>{@link MatchingResponse}</td></tr>
 * <tr><td>ordering</td><td>{@link OrderingResponse}</td></tr>
 * <tr><td>cloze</td><td>{@link ClozeResponse}</td></tr>
 * <tr><td>flashcard</td><td>{@link SelfRatedResponse}</td></tr>
 * <tr><td>open</td><td>{@link OpenResponse}</td></tr>
 * <tr><td>any</td><td>{@link NoResponse}</td></tr>
 * </table>
 */
public final class Grader {

    /**
     * @throws IllegalArgumentException when the response is of the wrong kind for the question, or refers to an
     *                                  option, pair, item or blank the question does not have: both are bugs of the
     *                                  caller (or a tampered request), never a student's mistake
     */
    public Grade grade(Question question, Response response) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response (use Response.none() for an unanswered question)");
        if (response instanceof NoResponse) {
            return unanswered(question);
        }
        return switch (question) {
            case SingleChoiceQuestion q -> SingleChoiceGrader.grade(q, expect(q, response, ChoiceResponse.class));
            case MultipleResponseQuestion q ->
                    MultipleResponseGrader.grade(q, expect(q, response, MultiChoiceResponse.class));
            case TrueFalseQuestion q -> TrueFalseGrader.grade(q, expect(q, response, TrueFalseResponse.class));
            case ShortAnswerQuestion q -> ShortAnswerGrader.grade(q, expect(q, response, TextResponse.class));
            case NumericQuestion q -> NumericGrader.grade(q, expect(q, response, NumericResponse.class));
            case MatchingQuestion q -> MatchingGrader.grade(q, expect(q, response, MatchingResponse.class));
            case OrderingQuestion q -> OrderingGrader.grade(q, expect(q, response, OrderingResponse.class));
            case ClozeQuestion q -> ClozeGrader.grade(q, expect(q, response, ClozeResponse.class));
            case FlashcardQuestion q -> FlashcardGrader.grade(q, expect(q, response, SelfRatedResponse.class));
            case OpenQuestion q -> OpenGrader.grade(q, expect(q, response, OpenResponse.class));
        };
    }

    private static Grade unanswered(Question question) {
        if (!question.type().autoGraded()) {
            return Grade.notGraded(Feedback.withGeneral(question, Feedback.NOT_ANSWERED));
        }
        return Grade.of(0, Feedback.withGeneral(question, Feedback.NOT_ANSWERED));
    }

    private static <R extends Response> R expect(Question question, Response response, Class<R> expected) {
        if (!expected.isInstance(response)) {
            throw new IllegalArgumentException("question '" + question.id() + "' is " + question.type().wireName()
                    + " and takes a " + expected.getSimpleName() + ", not a " + response.getClass().getSimpleName());
        }
        return expected.cast(response);
    }

    /** For the per-type graders: a response that points outside the question. */
    static IllegalArgumentException outside(Question question, String what) {
        return new IllegalArgumentException("response to question '" + question.id() + "' " + what);
    }
}
