package com.quizdeck.deck;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import java.math.BigDecimal;
import java.util.List;

/** Questions for editor tests: one valid question of each auto-graded type. */
public final class EditorFixtures {

    private EditorFixtures() {
    }

    public static SingleChoiceQuestion single(String id, String prompt) {
        return new SingleChoiceQuestion(QuestionHeader.of(id, prompt),
                List.of(Choice.correct("1996"), Choice.wrong("1992"), Choice.wrong("2000")), true);
    }

    public static TrueFalseQuestion trueFalse(String id, String prompt, boolean answer) {
        return new TrueFalseQuestion(QuestionHeader.of(id, prompt), answer, null, null);
    }

    public static List<Question> everyAutoGradedType() {
        return List.of(
                single("abrogated", "When was the 1961 treaty abrogated?"),
                new MultipleResponseQuestion(QuestionHeader.of("visitors-2019", "Who visited the DPRK in 2019?"),
                        List.of(new Choice("Xi Jinping", 50, null), new Choice("Putin", 50, null),
                                new Choice("Jiang Zemin", -50, null)), true),
                trueFalse("article-23", "Article 23 keeps the 2024 treaty in force indefinitely.", true),
                new ShortAnswerQuestion(QuestionHeader.of("ally", "Which country renewed its alliance with the DPRK?"),
                        List.of(TextAnswer.of("Russia")), false, true, false),
                new NumericQuestion(QuestionHeader.of("ties-year", "In which year did China and South Korea establish ties?"),
                        List.of(NumericAnswer.Value.exactly(new BigDecimal("1992"))), null),
                new MatchingQuestion(QuestionHeader.of("summits", "Match each year to its summit."),
                        List.of(new MatchPair("2000", "Kim Jong-il meets Jiang Zemin"),
                                new MatchPair("2018", "Kim Jong-un meets Xi Jinping")), List.of("Albright meets Putin")),
                new OrderingQuestion(QuestionHeader.of("treaty-order", "Put the treaties in order."),
                        List.of("1961 treaty", "2000 treaty", "2024 treaty")),
                new ClozeQuestion(QuestionHeader.of("cloze-1996", null),
                        "The 1961 treaty was abrogated in {1}.",
                        List.of(new NumericBlank(List.of(NumericAnswer.Value.exactly(new BigDecimal("1996"))), null))));
    }
}
