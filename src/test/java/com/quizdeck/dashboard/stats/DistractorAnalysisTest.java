package com.quizdeck.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.dashboard.stats.DistractorAnalysis.HintPolicy;
import com.quizdeck.dashboard.stats.DistractorHint.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DistractorAnalysisTest {

    /** A is the key; B, C, D are distractors. */
    private static final List<ChoiceOption> ABCD = List.of(
            new ChoiceOption("A", 1.0), new ChoiceOption("B", 0.0), new ChoiceOption("C", 0.0),
            new ChoiceOption("D", 0.0));

    private static List<@Nullable String> chosen(Object... labelsAndCounts) {
        List<@Nullable String> result = new ArrayList<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            result.addAll(Collections.nCopies((Integer) labelsAndCounts[i + 1], (String) labelsAndCounts[i]));
        }
        return result;
    }

    @Test
    void countsEachOptionWithPercentOfRespondents() {
        DistractorReport report = DistractorAnalysis.singleChoice(ABCD,
                chosen("A", 6, "B", 2, "C", 1, "D", 1, null, 2), 45.0);
        assertThat(report.respondents()).isEqualTo(10);
        assertThat(report.noResponse()).isEqualTo(2);
        assertThat(report.options()).extracting(OptionCount::count).containsExactly(6, 2, 1, 1);
        assertThat(report.options().getFirst().percent()).isCloseTo(60.0, within(1e-9));
        assertThat(report.options()).extracting(OptionCount::key).containsExactly(true, false, false, false);
        assertThat(report.hints()).isEmpty();
    }

    @Test
    void mostStudentsChoseAWrongOption() {
        DistractorReport report = DistractorAnalysis.singleChoice(ABCD, chosen("A", 2, "B", 6, "C", 1, "D", 1), 30.0);
        assertThat(report.hints()).containsExactly(new DistractorHint(Kind.WRONG_OPTION_PREFERRED, "B",
                "Most students chose B: check the key or the wording"));
    }

    @Test
    void wrongOptionChosenMoreThanTheKeyButNotTheMost() {
        DistractorReport report = DistractorAnalysis.singleChoice(ABCD, chosen("A", 2, "B", 5, "C", 3, "D", 1), 30.0);
        assertThat(report.hints()).extracting(DistractorHint::message).containsExactly(
                "Most students chose B: check the key or the wording",
                "More students chose C than the correct answer A: check the key or the wording");
    }

    @Test
    void nobodyChoseADistractor() {
        DistractorReport report = DistractorAnalysis.singleChoice(ABCD, chosen("A", 5, "B", 3, "D", 2), 40.0);
        assertThat(report.hints()).containsExactly(new DistractorHint(Kind.UNUSED_DISTRACTOR, "C",
                "Nobody chose C: it is not a plausible distractor"));
    }

    @Test
    void negativeAndLowDiscrimination() {
        DistractorReport negative = DistractorAnalysis.singleChoice(ABCD, chosen("A", 4, "B", 2, "C", 2, "D", 2),
                -7.0650767526);
        assertThat(negative.hints()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Kind.NEGATIVE_DISCRIMINATION);
            assertThat(h.optionLabel()).isNull();
            assertThat(h.message()).startsWith("Negative discrimination (-7.1)");
        });
        DistractorReport low = DistractorAnalysis.singleChoice(ABCD, chosen("A", 4, "B", 2, "C", 2, "D", 2), 12.0);
        assertThat(low.hints()).extracting(DistractorHint::kind).containsExactly(Kind.LOW_DISCRIMINATION);
        DistractorReport undefined = DistractorAnalysis.singleChoice(ABCD, chosen("A", 4, "B", 2, "C", 2, "D", 2),
                null);
        assertThat(undefined.hints()).isEmpty();
    }

    @Test
    void tooFewRespondentsForOptionHints() {
        DistractorReport report = DistractorAnalysis.singleChoice(ABCD, chosen("B", 3), -50.0);
        // Nobody chose A, C, D and B beats the key, but 3 answers say little; the discrimination hint remains.
        assertThat(report.hints()).extracting(DistractorHint::kind).containsExactly(Kind.NEGATIVE_DISCRIMINATION);
        DistractorReport lenient = DistractorAnalysis.analyse(ABCD, List.of(Set.of("B"), Set.of("B"), Set.of("B")),
                null, new HintPolicy(1, 20.0));
        assertThat(lenient.hints()).extracting(DistractorHint::kind).containsExactly(
                Kind.WRONG_OPTION_PREFERRED, Kind.UNUSED_DISTRACTOR, Kind.UNUSED_DISTRACTOR);
    }

    @Test
    void multipleResponseCountsEveryTickedOption() {
        List<ChoiceOption> twoOfFour = List.of(new ChoiceOption("A", 0.5), new ChoiceOption("B", 0.5),
                new ChoiceOption("C", -0.5), new ChoiceOption("D", -0.5));
        List<Set<String>> responses = List.of(Set.of("A", "B"), Set.of("A", "C"), Set.of("A", "B"), Set.of("B"),
                Set.of("A", "D"), Set.of());
        DistractorReport report = DistractorAnalysis.analyse(twoOfFour, responses, 35.0, HintPolicy.DEFAULT);
        assertThat(report.respondents()).isEqualTo(5);
        assertThat(report.noResponse()).isEqualTo(1);
        assertThat(report.options()).extracting(OptionCount::count).containsExactly(4, 3, 1, 1);
        assertThat(report.options()).extracting(OptionCount::key).containsExactly(true, true, false, false);
        assertThat(report.options().getFirst().percent()).isCloseTo(80.0, within(1e-9));
        assertThat(report.hints()).isEmpty();
    }

    @Test
    void fromAggregateCounts() {
        // D (4) also beats the key A (3), without being the most chosen.
        DistractorReport report = DistractorAnalysis.fromCounts(ABCD, Map.of("A", 3, "B", 9, "D", 4), 16, 0, 5.0,
                HintPolicy.DEFAULT);
        assertThat(report.hints()).extracting(DistractorHint::kind).containsExactly(Kind.WRONG_OPTION_PREFERRED,
                Kind.WRONG_OPTION_PREFERRED, Kind.UNUSED_DISTRACTOR, Kind.LOW_DISCRIMINATION);
        assertThat(report.hints()).extracting(DistractorHint::optionLabel).containsExactly("B", "D", "C", null);
        assertThat(report.options().get(3).percent()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void rejectsUnknownLabelsAndDuplicates() {
        assertThatThrownBy(() -> DistractorAnalysis.singleChoice(ABCD, chosen("E", 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E");
        List<ChoiceOption> twice = List.of(new ChoiceOption("A", 1), new ChoiceOption("A", 0));
        assertThatThrownBy(() -> DistractorAnalysis.fromCounts(twice, Map.of(), 0, 0, null, HintPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
