package com.quizdeck.bank;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.Deck;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.content.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes decks as GIFT that Moodle imports and that {@link GiftReader} reads back to the same
 * questions. Ordering questions, flashcards and cloze with more than one blank have no GIFT form
 * and are reported as skipped. Fields GIFT cannot hold (tags, source, flags) are dropped; the
 * explanation is written as general feedback when there is none, since that is where Moodle
 * shows an explanation.
 */
final class GiftWriter {

    private static final Pattern LEADING_WEIGHT = Pattern.compile("^%-?\\d+(\\.\\d+)?%");

    private final List<SkippedQuestion> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private GiftWriter() {
    }

    static ExportResult write(List<Deck> decks) {
        var writer = new GiftWriter();
        var out = new StringBuilder();
        for (var deck : decks) {
            out.append("// Deck: ").append(oneLine(deck.title())).append(" (").append(deck.id()).append(")\n\n");
            if (deck.category() != null) {
                out.append("$CATEGORY: ").append(oneLine(deck.category())).append("\n\n");
            }
            for (var question : deck.questions()) {
                writer.question(deck, question).ifPresent(text -> out.append(text).append("\n\n"));
            }
        }
        return new ExportResult(out.toString(), writer.skipped, writer.warnings);
    }

    private Optional<String> question(Deck deck, Question question) {
        var skipReason = skipReason(question);
        if (skipReason.isPresent()) {
            skipped.add(new SkippedQuestion(deck.id(), question.id(), question.type(), skipReason.get()));
            return Optional.empty();
        }
        var format = question.format();
        var out = new StringBuilder();
        out.append("::").append(escape(question.title() != null ? question.title() : question.id())).append("::");
        if (question instanceof ClozeQuestion cloze) {
            writeCloze(deck, cloze, out);
        } else {
            out.append(formatMarker(format, question.prompt())).append(escape(nullToEmpty(question.prompt())));
            out.append(answerBlock(question));
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> skipReason(Question question) {
        return switch (question) {
            case OrderingQuestion q -> Optional.of("GIFT has no ordering questions");
            case FlashcardQuestion q -> Optional.of("GIFT has no flashcards");
            case ClozeQuestion q when q.blanks().size() != 1 ->
                    Optional.of("GIFT holds one blank per question; this cloze has " + q.blanks().size());
            case ClozeQuestion q when q.blanks().getFirst() instanceof TextBlank blank && containsArrow(blank.answers()) ->
                    Optional.of("an answer contains '->', which GIFT would read as a matching question");
            case ShortAnswerQuestion q when containsArrow(q.answers()) ->
                    Optional.of("an answer contains '->', which GIFT would read as a matching question");
            case MatchingQuestion q when q.pairs().stream().anyMatch(p -> p.left().contains("->")) ->
                    Optional.of("an item contains '->', which GIFT reads as the start of its match");
            default -> Optional.empty();
        };
    }

    private static boolean containsArrow(List<TextAnswer> answers) {
        return answers.stream().anyMatch(a -> a.text().contains("->"));
    }

    private void writeCloze(Deck deck, ClozeQuestion cloze, StringBuilder out) {
        var text = cloze.text();
        var placeholder = ClozeQuestion.PLACEHOLDER.matcher(text);
        placeholder.find();
        var before = text.substring(0, placeholder.start());
        var after = text.substring(placeholder.end());
        if (cloze.prompt() != null && !cloze.prompt().isBlank()) {
            before = cloze.prompt() + "\n" + before;
            warnings.add(deck.id() + "/" + cloze.id() + ": GIFT has no instruction line for a cloze; the prompt"
                    + " was put in front of the text");
        }
        if (after.isBlank()) {
            warnings.add(deck.id() + "/" + cloze.id() + ": the blank ends the text, so GIFT reads it back as an"
                    + " ordinary question rather than a cloze");
        }
        out.append(formatMarker(cloze.format(), before)).append(escape(before));
        var block = switch (cloze.blanks().getFirst()) {
            case ChoiceBlank blank -> choices(blank.options(), true);
            case TextBlank blank -> textAnswers(blank.answers());
            case NumericBlank blank -> numericAnswers(blank.answers(), blank.otherFeedback());
        };
        out.append(block.open()).append(generalFeedback(cloze, block)).append("}").append(escape(after));
    }

    /** An answer block without its closing brace, so that general feedback can follow. */
    private record Block(String open) {
    }

    private static String answerBlock(Question question) {
        var block = switch (question) {
            case SingleChoiceQuestion q -> choices(q.options(), true);
            case MultipleResponseQuestion q -> choices(q.options(), false);
            case TrueFalseQuestion q -> trueFalse(q);
            case ShortAnswerQuestion q -> textAnswers(q.answers());
            case NumericQuestion q -> numericAnswers(q.answers(), q.otherFeedback());
            case MatchingQuestion q -> matching(q);
            case OpenQuestion q -> new Block("{");
            case OrderingQuestion q -> throw new IllegalStateException("skipped before");
            case ClozeQuestion q -> throw new IllegalStateException("written by writeCloze");
            case FlashcardQuestion q -> throw new IllegalStateException("skipped before");
        };
        return block.open() + generalFeedback(question, block) + "}";
    }

    private static Block choices(List<Choice> options, boolean single) {
        var out = new StringBuilder("{\n");
        for (var option : options) {
            out.append('\t');
            if (single && option.correct()) {
                out.append('=');
            } else if (option.weight() == 0 && !LEADING_WEIGHT.matcher(option.text()).find()) {
                out.append('~');
            } else {
                out.append("~%").append(Weights.format(option.weight())).append('%');
            }
            out.append(escape(option.text())).append(feedback(option.feedback())).append('\n');
        }
        return new Block(out.toString());
    }

    private static Block trueFalse(TrueFalseQuestion q) {
        var right = q.answer() ? q.feedbackTrue() : q.feedbackFalse();
        var wrong = q.answer() ? q.feedbackFalse() : q.feedbackTrue();
        var out = new StringBuilder("{").append(q.answer() ? "TRUE" : "FALSE");
        if (wrong != null) {
            out.append('#').append(escape(wrong));
        } else if (right != null) {
            out.append('#');
        }
        if (right != null) {
            out.append('#').append(escape(right));
        }
        return new Block(out.toString());
    }

    private static Block textAnswers(List<TextAnswer> answers) {
        var out = new StringBuilder("{\n");
        for (var answer : answers) {
            out.append("\t=").append(weightPrefix(answer.weight(), answer.text()))
                    .append(escape(answer.text())).append(feedback(answer.feedback())).append('\n');
        }
        return new Block(out.toString());
    }

    private static Block numericAnswers(List<NumericAnswer> answers, String otherFeedback) {
        var out = new StringBuilder("{#\n");
        for (var answer : answers) {
            out.append("\t=").append(weightPrefix(answer.weight(), ""));
            switch (answer) {
                case NumericAnswer.Value value -> {
                    out.append(value.value().toPlainString());
                    if (value.tolerance().signum() != 0) {
                        out.append(':').append(value.tolerance().toPlainString());
                    }
                }
                case NumericAnswer.Range range ->
                        out.append(range.min().toPlainString()).append("..").append(range.max().toPlainString());
            }
            out.append(feedback(answer.feedback())).append('\n');
        }
        if (otherFeedback != null) {
            out.append("\t~#").append(escape(otherFeedback)).append('\n');
        }
        return new Block(out.toString());
    }

    private static Block matching(MatchingQuestion q) {
        var out = new StringBuilder("{\n");
        for (var pair : q.pairs()) {
            out.append("\t=").append(escape(pair.left())).append(" -> ").append(escape(pair.right())).append('\n');
        }
        for (var distractor : q.distractors()) {
            out.append("\t= -> ").append(escape(distractor)).append('\n');
        }
        return new Block(out.toString());
    }

    /** {@code ####feedback}, on a line of its own in blocks that list answers one per line. */
    private static String generalFeedback(Question question, Block block) {
        var text = question.generalFeedback() != null ? question.generalFeedback() : question.explanation();
        if (text == null || text.isBlank()) {
            return "";
        }
        return block.open().endsWith("\n") ? "\t####" + escape(text) + "\n" : "####" + escape(text);
    }

    private static String weightPrefix(double weight, String text) {
        return weight != Weights.FULL || LEADING_WEIGHT.matcher(text).find() ? "%" + Weights.format(weight) + "%" : "";
    }

    private static String feedback(String feedback) {
        return feedback == null || feedback.isEmpty() ? "" : "#" + escape(feedback);
    }

    /**
     * GIFT's default format is Moodle's; others are announced. A Moodle-format prompt that itself
     * starts with something like "[html]" gets an explicit "[moodle]" so it is not misread.
     */
    private static String formatMarker(TextFormat format, String prompt) {
        if (format != TextFormat.MOODLE) {
            return format.marker();
        }
        var text = nullToEmpty(prompt);
        return TextFormat.split(text, format).text().equals(text) ? "" : format.marker();
    }

    /** Escapes GIFT's control characters, and writes line breaks as {@code \n} so a text stays on one line. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\r\n]+", " ");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
