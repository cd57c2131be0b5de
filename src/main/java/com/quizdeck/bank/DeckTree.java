package com.quizdeck.bank;

import com.quizdeck.content.Blank;
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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deck as nested maps and lists with the native format's field names, in a readable order.
 * The YAML writer and the JSON export both serialise this tree, so the two cannot drift apart.
 * Defaults are left out ({@code weight: 100}, {@code shuffle: true}, {@code format: markdown}).
 */
final class DeckTree {

    private DeckTree() {
    }

    /** The whole native file: format, deck and questions. */
    static Map<String, Object> nativeFile(Deck deck) {
        var file = new LinkedHashMap<String, Object>();
        file.put("format", NativeDeckReader.FORMAT);
        file.put("deck", deckFields(deck));
        file.put("questions", deck.questions().stream().map(DeckTree::question).toList());
        return file;
    }

    static Map<String, Object> deckFields(Deck deck) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", deck.id());
        map.put("title", deck.title());
        putIfPresent(map, "description", deck.description());
        if (deck.source() != null) {
            var source = new LinkedHashMap<String, Object>();
            putIfPresent(source, "title", deck.source().title());
            putIfPresent(source, "author", deck.source().author());
            putIfPresent(source, "date", deck.source().date());
            putIfPresent(source, "url", deck.source().url());
            if (!source.isEmpty()) {
                map.put("source", source);
            }
        }
        putIfPresent(map, "tags", deck.tags());
        putIfPresent(map, "category", deck.category());
        return map;
    }

    static Map<String, Object> question(Question question) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", question.id());
        map.put("type", question.type().wireName());
        putIfPresent(map, "title", question.title());
        if (question.format() != TextFormat.MARKDOWN) {
            map.put("format", question.format().wireName());
        }
        putIfPresent(map, "prompt", question.prompt());
        switch (question) {
            case SingleChoiceQuestion q -> {
                map.put("options", q.options().stream().map(DeckTree::singleChoiceOption).toList());
                putIfFalse(map, "shuffle", q.shuffle());
            }
            case MultipleResponseQuestion q -> {
                map.put("options", q.options().stream().map(DeckTree::weightedOption).toList());
                putIfFalse(map, "shuffle", q.shuffle());
            }
            case TrueFalseQuestion q -> {
                map.put("answer", q.answer());
                putIfPresent(map, "feedback_true", q.feedbackTrue());
                putIfPresent(map, "feedback_false", q.feedbackFalse());
            }
            case ShortAnswerQuestion q -> {
                map.put("answers", q.answers().stream().map(DeckTree::textAnswer).toList());
                putIfTrue(map, "case_sensitive", q.caseSensitive());
                putIfTrue(map, "accent_insensitive", q.accentInsensitive());
                putIfTrue(map, "forgive_typo", q.forgiveTypo());
            }
            case NumericQuestion q -> {
                map.put("answers", q.answers().stream().map(DeckTree::numericAnswer).toList());
                putIfPresent(map, "other_feedback", q.otherFeedback());
            }
            case MatchingQuestion q -> {
                map.put("pairs", q.pairs().stream().map(p -> {
                    var pair = new LinkedHashMap<String, Object>();
                    pair.put("left", p.left());
                    pair.put("right", p.right());
                    return pair;
                }).toList());
                putIfPresent(map, "distractors", q.distractors());
            }
            case OrderingQuestion q -> map.put("items", q.items());
            case ClozeQuestion q -> {
                map.put("text", q.text());
                map.put("blanks", q.blanks().stream().map(DeckTree::blank).toList());
            }
            case FlashcardQuestion q -> {
                map.put("front", q.front());
                map.put("back", q.back());
            }
            case OpenQuestion q -> putIfPresent(map, "guidance", q.guidance());
        }
        putIfPresent(map, "general_feedback", question.generalFeedback());
        putIfPresent(map, "explanation", question.explanation());
        putIfPresent(map, "source", question.source());
        putIfPresent(map, "tags", question.tags());
        return map;
    }

    private static Map<String, Object> singleChoiceOption(Choice choice) {
        var map = new LinkedHashMap<String, Object>();
        map.put("text", choice.text());
        if (choice.correct() || choice.weight() == 0) {
            map.put("correct", choice.correct());
        } else {
            map.put("weight", weight(choice.weight()));
        }
        putIfPresent(map, "feedback", choice.feedback());
        return map;
    }

    private static Map<String, Object> weightedOption(Choice choice) {
        var map = new LinkedHashMap<String, Object>();
        map.put("text", choice.text());
        map.put("weight", weight(choice.weight()));
        putIfPresent(map, "feedback", choice.feedback());
        return map;
    }

    private static Map<String, Object> textAnswer(TextAnswer answer) {
        var map = new LinkedHashMap<String, Object>();
        map.put("text", answer.text());
        putWeightUnlessFull(map, answer.weight());
        putIfPresent(map, "feedback", answer.feedback());
        return map;
    }

    private static Map<String, Object> numericAnswer(NumericAnswer answer) {
        var map = new LinkedHashMap<String, Object>();
        switch (answer) {
            case NumericAnswer.Value value -> {
                map.put("value", value.value());
                if (value.tolerance().signum() != 0) {
                    map.put("tolerance", value.tolerance());
                }
            }
            case NumericAnswer.Range range -> {
                map.put("min", range.min());
                map.put("max", range.max());
            }
        }
        putWeightUnlessFull(map, answer.weight());
        putIfPresent(map, "feedback", answer.feedback());
        return map;
    }

    private static Map<String, Object> blank(Blank blank) {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", blank.kind());
        switch (blank) {
            case ChoiceBlank b -> map.put("options", b.options().stream().map(DeckTree::singleChoiceOption).toList());
            case TextBlank b -> {
                map.put("answers", b.answers().stream().map(DeckTree::textAnswer).toList());
                putIfTrue(map, "case_sensitive", b.caseSensitive());
            }
            case NumericBlank b -> {
                map.put("answers", b.answers().stream().map(DeckTree::numericAnswer).toList());
                putIfPresent(map, "other_feedback", b.otherFeedback());
            }
        }
        return map;
    }

    /** Weights as exact decimals, so that 50 is written {@code 50}, not {@code 50.0}. */
    static BigDecimal weight(double weight) {
        return new BigDecimal(Weights.format(weight));
    }

    private static void putWeightUnlessFull(Map<String, Object> map, double weight) {
        if (weight != Weights.FULL) {
            map.put("weight", weight(weight));
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        map.put(key, value);
    }

    private static void putIfTrue(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static void putIfFalse(Map<String, Object> map, String key, boolean value) {
        if (!value) {
            map.put(key, false);
        }
    }
}
