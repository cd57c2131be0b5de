package com.quizdeck.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The content rules a question must follow to be imported, whatever file it came from. Readers
 * check the shape of their format; this class checks the meaning, once for all formats.
 */
public final class QuestionRules {

    private QuestionRules() {
    }

    /** Every rule the question breaks; paths are relative to the question. */
    public static List<RuleViolation> check(Question question) {
        var v = new Violations();
        checkHeader(question, v);
        switch (question) {
            case SingleChoiceQuestion q -> checkSingleChoice("single_choice", "options", q.options(), v);
            case MultipleResponseQuestion q -> checkMultipleResponse(q, v);
            case TrueFalseQuestion q -> {
                // The answer is a boolean; nothing can be wrong.
            }
            case ShortAnswerQuestion q -> checkTextAnswers("short_answer", "answers", q.answers(), v);
            case NumericQuestion q -> checkNumericAnswers("numeric", "answers", q.answers(), v);
            case MatchingQuestion q -> checkMatching(q, v);
            case OrderingQuestion q -> checkOrdering(q, v);
            case ClozeQuestion q -> checkCloze(q, v);
            case FlashcardQuestion q -> {
                v.requireText("front", q.front(), "flashcard needs a front");
                v.requireText("back", q.back(), "flashcard needs a back");
            }
            case OpenQuestion q -> {
                // Only the prompt is required, checked with the header.
            }
        }
        return v.list;
    }

    private static void checkHeader(Question question, Violations v) {
        var id = question.id();
        if (id.isBlank()) {
            v.add("id", "question needs an id");
        } else if (!Ids.isValidQuestionId(id)) {
            v.add("id", "question id '" + id + "' may only use lowercase letters, digits, '-', '_' and '.'"
                    + " (at most " + Ids.MAX_LENGTH + " characters)");
        }
        var type = question.type();
        if (type != QuestionType.FLASHCARD && type != QuestionType.CLOZE) {
            v.requireText("prompt", question.prompt(), type.wireName() + " needs a prompt");
        }
        for (int i = 0; i < question.tags().size(); i++) {
            v.requireText("tags[" + i + "]", question.tags().get(i), "tag is empty");
        }
    }

    private static void checkSingleChoice(String what, String path, List<Choice> options, Violations v) {
        if (options.size() < 2) {
            v.add(path, what + " needs at least 2 options (found " + options.size() + ")");
        }
        long correct = options.stream().filter(Choice::correct).count();
        if (correct != 1) {
            v.add(path, what + " needs exactly one correct option (found " + correct + ")");
        }
        checkChoices(path, options, v);
    }

    private static void checkMultipleResponse(MultipleResponseQuestion q, Violations v) {
        if (q.options().size() < 2) {
            v.add("options", "multiple_response needs at least 2 options (found " + q.options().size() + ")");
        }
        double positive = q.options().stream().mapToDouble(Choice::weight).filter(w -> w > 0).sum();
        if (!Weights.sumsToFull(positive)) {
            v.add("options", "multiple_response: the positive weights must sum to 100 (found "
                    + Weights.format(positive) + ")");
        }
        checkChoices("options", q.options(), v);
    }

    private static void checkChoices(String path, List<Choice> options, Violations v) {
        for (int i = 0; i < options.size(); i++) {
            var option = options.get(i);
            var at = path + "[" + i + "]";
            v.requireText(at + ".text", TextFormat.split(option.text(), TextFormat.PLAIN).text(), "option text is empty");
            checkWeight(at + ".weight", option.weight(), -100, v);
        }
    }

    private static void checkTextAnswers(String what, String path, List<TextAnswer> answers, Violations v) {
        if (answers.isEmpty()) {
            v.add(path, what + " needs at least one answer");
            return;
        }
        if (answers.stream().noneMatch(a -> a.weight() == Weights.FULL)) {
            v.add(path, what + " needs an answer worth 100%");
        }
        for (int i = 0; i < answers.size(); i++) {
            var at = path + "[" + i + "]";
            v.requireText(at + ".text", answers.get(i).text(), "answer text is empty");
            checkWeight(at + ".weight", answers.get(i).weight(), 0, v);
        }
    }

    private static void checkNumericAnswers(String what, String path, List<NumericAnswer> answers, Violations v) {
        if (answers.isEmpty()) {
            v.add(path, what + " needs at least one answer");
            return;
        }
        if (answers.stream().noneMatch(a -> a.weight() == Weights.FULL)) {
            v.add(path, what + " needs an answer worth 100%");
        }
        for (int i = 0; i < answers.size(); i++) {
            var at = path + "[" + i + "]";
            var answer = answers.get(i);
            checkWeight(at + ".weight", answer.weight(), 0, v);
            switch (answer) {
                case NumericAnswer.Value value when value.tolerance().signum() < 0 ->
                        v.add(at + ".tolerance", "tolerance cannot be negative");
                case NumericAnswer.Range range when range.min().compareTo(range.max()) > 0 ->
                        v.add(at + ".max", "range ends before it starts: min " + range.min().toPlainString()
                                + " is greater than max " + range.max().toPlainString());
                default -> {
                }
            }
        }
    }

    private static void checkMatching(MatchingQuestion q, Violations v) {
        if (q.pairs().size() < 2) {
            v.add("pairs", "matching needs at least 2 pairs (found " + q.pairs().size() + ")");
        }
        for (int i = 0; i < q.pairs().size(); i++) {
            var pair = q.pairs().get(i);
            v.requireText("pairs[" + i + "].left", TextFormat.split(pair.left(), TextFormat.PLAIN).text(), "pair has an empty left side");
            v.requireText("pairs[" + i + "].right", pair.right(), "pair has an empty right side");
        }
        for (int i = 0; i < q.distractors().size(); i++) {
            v.requireText("distractors[" + i + "]", q.distractors().get(i), "distractor is empty");
        }
    }

    private static void checkOrdering(OrderingQuestion q, Violations v) {
        if (q.items().size() < 2) {
            v.add("items", "ordering needs at least 2 items (found " + q.items().size() + ")");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < q.items().size(); i++) {
            var item = q.items().get(i);
            v.requireText("items[" + i + "]", item, "item is empty");
            if (item != null && !item.isBlank() && !seen.add(item.strip())) {
                v.add("items[" + i + "]", "item '" + item.strip() + "' appears twice; the order would be ambiguous");
            }
        }
    }

    private static void checkCloze(ClozeQuestion q, Violations v) {
        if (q.text() == null || q.text().isBlank()) {
            v.add("text", "cloze needs a text with placeholders {1}, {2}...");
            return;
        }
        var numbers = new ArrayList<Integer>();
        Matcher matcher = ClozeQuestion.PLACEHOLDER.matcher(q.text());
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        if (q.blanks().isEmpty()) {
            v.add("blanks", "cloze needs at least one blank");
        }
        if (numbers.size() != q.blanks().size()) {
            v.add("text", "cloze text has " + numbers.size() + " placeholder" + (numbers.size() == 1 ? "" : "s")
                    + " but there " + (q.blanks().size() == 1 ? "is 1 blank" : "are " + q.blanks().size() + " blanks"));
        } else {
            var sorted = numbers.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i + 1) {
                    v.add("text", "cloze placeholders must be {1} to {" + sorted.size() + "}, each used once (found "
                            + numbers.stream().map(n -> "{" + n + "}").toList() + ")");
                    break;
                }
            }
        }
        for (int i = 0; i < q.blanks().size(); i++) {
            var at = "blanks[" + i + "]";
            switch (q.blanks().get(i)) {
                case ChoiceBlank blank -> checkSingleChoice("choice blank", at + ".options", blank.options(), v);
                case TextBlank blank -> checkTextAnswers("text blank", at + ".answers", blank.answers(), v);
                case NumericBlank blank -> checkNumericAnswers("numeric blank", at + ".answers", blank.answers(), v);
            }
        }
    }

    private static void checkWeight(String path, double weight, double min, Violations v) {
        if (Double.isNaN(weight) || weight < min || weight > Weights.FULL) {
            v.add(path, "weight must be between " + Weights.format(min) + " and 100 (found " + Weights.format(weight) + ")");
        }
    }

    private static final class Violations {
        private final List<RuleViolation> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(new RuleViolation(path, message));
        }

        void requireText(String path, String text, String message) {
            if (text == null || text.isBlank()) {
                add(path, message);
            }
        }
    }
}
