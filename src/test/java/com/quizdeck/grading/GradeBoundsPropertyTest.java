package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.content.Blank;
import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.grading.Grade.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks over many random questions (within the content rules' weight ranges) and random
 * responses, from fixed seeds so that a failure is reproducible: a grade is always within [0, 1], its status fits
 * its fraction, and nothing but a malformed response throws.
 */
class GradeBoundsPropertyTest {

    private static final int RUNS = 3000;
    private static final String ALPHABET = "aAbBeéEÉ nN-–'’.,;!?*#0123456789 \u00A0\u0301ßøﬁ";

    private final Grader grader = new Grader();

    private static void assertWellFormed(Grade grade) {
        assertThat(grade.fraction()).isBetween(0.0, 1.0);
        assertThat(Double.isFinite(grade.fraction())).isTrue();
        if (grade.status() != Status.NOT_GRADED) {
            assertThat(grade.status()).isEqualTo(Status.of(grade.fraction()));
        }
        for (var part : grade.parts()) {
            assertThat(part.fraction()).isBetween(0.0, 1.0);
        }
    }

    private static double weight(Random random, double min) {
        return switch (random.nextInt(5)) {
            case 0 -> 100;
            case 1 -> 0;
            case 2 -> min;
            case 3 -> 33.33333;
            default -> min + random.nextDouble() * (100 - min);
        };
    }

    private static List<Choice> choices(Random random, double min) {
        var choices = new ArrayList<Choice>();
        int n = 2 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            choices.add(new Choice("option " + i, weight(random, min), random.nextBoolean() ? "fb " + i : null));
        }
        return choices;
    }

    private static String text(Random random) {
        var s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(4000) - 2000);
            case 1 -> String.format("%.3f", random.nextDouble() * 10);
            case 2 -> String.format(java.util.Locale.GERMANY, "%,.2f", random.nextDouble() * 1e6);
            default -> text(random);
        };
    }

    private static List<NumericAnswer> numericAnswers(Random random) {
        var answers = new ArrayList<NumericAnswer>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            var a = BigDecimal.valueOf(random.nextInt(200) - 100, random.nextInt(3));
            answers.add(random.nextBoolean()
                    ? new NumericAnswer.Value(a, BigDecimal.valueOf(random.nextInt(5)), weight(random, 0), null)
                    : new NumericAnswer.Range(a, a.add(BigDecimal.valueOf(random.nextInt(50))), weight(random, 0), null));
        }
        return answers;
    }

    private static List<TextAnswer> textAnswers(Random random) {
        var answers = new ArrayList<TextAnswer>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            answers.add(new TextAnswer(random.nextInt(4) == 0 ? text(random) + "*" : text(random) + "x",
                    weight(random, 0), null));
        }
        return answers;
    }

    @Test
    void single_choice_grades_stay_within_zero_and_one() {
        var random = new Random(1);
        for (int run = 0; run < RUNS; run++) {
            var q = new SingleChoiceQuestion(Q.header("sc"), choices(random, -100), true);
            assertWellFormed(grader.grade(q, new ChoiceResponse(random.nextInt(q.options().size()))));
        }
    }

    @Test
    void multiple_response_grades_stay_within_zero_and_one() {
        var random = new Random(2);
        for (int run = 0; run < RUNS; run++) {
            var q = new MultipleResponseQuestion(Q.header("mr"), choices(random, -100), true);
            var ticked = new HashSet<Integer>();
            for (int i = 0; i < q.options().size(); i++) {
                if (random.nextBoolean()) {
                    ticked.add(i);
                }
            }
            assertWellFormed(grader.grade(q, new MultiChoiceResponse(ticked)));
        }
    }

    @Test
    void short_answer_grades_stay_within_zero_and_one_whatever_is_typed() {
        var random = new Random(3);
        for (int run = 0; run < RUNS; run++) {
            var q = new ShortAnswerQuestion(Q.header("sa"), textAnswers(random), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean());
            assertWellFormed(grader.grade(q, new TextResponse(text(random))));
        }
    }

    @Test
    void numeric_grades_stay_within_zero_and_one_whatever_is_typed() {
        var random = new Random(4);
        for (int run = 0; run < RUNS; run++) {
            var q = new NumericQuestion(Q.header("nu"), numericAnswers(random), null);
            assertWellFormed(grader.grade(q, new NumericResponse(number(random))));
        }
    }

    @Test
    void number_input_never_throws_on_any_text() {
        var random = new Random(5);
        for (int run = 0; run < RUNS * 3; run++) {
            var typed = text(random);
            assertThatCode(() -> NumberInput.readings(typed)).as(typed).doesNotThrowAnyException();
            assertThat(NumberInput.readings(typed).size()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void matching_grades_stay_within_zero_and_one_and_equal_the_share_of_right_pairs() {
        var random = new Random(6);
        for (int run = 0; run < RUNS; run++) {
            int n = 2 + random.nextInt(6);
            var pairs = new ArrayList<MatchPair>();
            for (int i = 0; i < n; i++) {
                pairs.add(new MatchPair("left " + i, "right " + random.nextInt(n)));
            }
            var q = new MatchingQuestion(Q.header("ma"), pairs, List.of("distractor"));
            var chosen = new HashMap<Integer, String>();
            for (int i = 0; i < n; i++) {
                if (random.nextInt(5) > 0) {
                    chosen.put(i, random.nextInt(4) == 0 ? "distractor" : "right " + random.nextInt(n));
                }
            }
            var grade = grader.grade(q, new MatchingResponse(chosen));
            assertWellFormed(grade);
            double right = grade.parts().stream().filter(p -> p.status() == Status.CORRECT).count();
            assertThat(grade.fraction()).isEqualTo(right / n);
        }
    }

    @Test
    void ordering_grades_stay_within_zero_and_one_and_a_correct_order_always_earns_one() {
        var random = new Random(7);
        for (int run = 0; run < RUNS; run++) {
            int n = 2 + random.nextInt(8);
            var items = new ArrayList<String>();
            var order = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) {
                items.add("item " + i);
                order.add(i);
            }
            var q = new OrderingQuestion(Q.header("or"), items);
            assertThat(grader.grade(q, new OrderingResponse(order)).fraction()).isEqualTo(1.0);
            Collections.shuffle(order, random);
            var grade = grader.grade(q, new OrderingResponse(order));
            assertWellFormed(grade);
            assertThat(grade.fraction()).isNotEqualTo(1.0 / n);
            var reversed = new ArrayList<Integer>();
            for (int i = n - 1; i >= 0; i--) {
                reversed.add(i);
            }
            assertThat(grader.grade(q, new OrderingResponse(reversed)).fraction()).isZero();
        }
    }

    @Test
    void cloze_grades_stay_within_zero_and_one_and_are_the_mean_of_the_blanks() {
        var random = new Random(8);
        for (int run = 0; run < RUNS; run++) {
            int n = 1 + random.nextInt(4);
            var blanks = new ArrayList<Blank>();
            var entries = new ArrayList<String>();
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        var options = choices(random, -100);
                        blanks.add(new ChoiceBlank(options));
                        entries.add(random.nextInt(5) == 0 ? null : ClozeResponse.choice(random.nextInt(options.size())));
                    }
                    case 1 -> {
                        blanks.add(new TextBlank(textAnswers(random), random.nextBoolean()));
                        entries.add(text(random));
                    }
                    default -> {
                        blanks.add(new NumericBlank(numericAnswers(random), null));
                        entries.add(number(random));
                    }
                }
            }
            var q = new ClozeQuestion(Q.header("cl"), "text", blanks);
            var grade = grader.grade(q, new ClozeResponse(entries));
            assertWellFormed(grade);
            double mean = grade.parts().stream().mapToDouble(PartGrade::fraction).average().orElseThrow();
            assertThat(grade.fraction()).isCloseTo(Fractions.clamp(mean), within(1e-12));
        }
    }

    @Test
    void no_response_is_well_formed_for_every_kind_of_question() {
        GraderTest.everyType().forEach(qr -> assertWellFormed(grader.grade((Question) qr.get(0), Response.none())));
    }
}
