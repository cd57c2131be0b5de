package com.quizdeck.live;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NoResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How questions look and count in a live game: the order options are shown in (the same on every
 * screen), the buckets of the answer chart, and answers as text for the report.
 */
public final class LiveQuestions {

    /** Longest typed answer kept; longer ones are cut (a phone keyboard does not need more). */
    static final int MAX_TYPED = 500;

    private LiveQuestions() {
    }

    /**
     * Options (choice questions) in a random order when the question asks for it, items of an ordering
     * question always mixed up; the order is fixed by the seed so every screen shows the same.
     */
    static List<Integer> optionOrder(Question question, long seed) {
        var random = new Random(seed);
        return switch (question) {
            case SingleChoiceQuestion q -> order(q.options().size(), q.shuffle(), random);
            case MultipleResponseQuestion q -> order(q.options().size(), q.shuffle(), random);
            case OrderingQuestion q -> {
                var order = order(q.items().size(), true, random);
                if (order.size() > 1 && isIdentity(order)) {
                    Collections.swap(order, 0, 1);
                }
                yield List.copyOf(order);
            }
            default -> List.of();
        };
    }

    private static List<Integer> order(int size, boolean shuffle, Random random) {
        var list = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (shuffle) {
            Collections.shuffle(list, random);
        }
        return list;
    }

    private static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    /** Whether a live game can grade this question by itself (flashcards and open questions cannot). */
    public static boolean playable(Question question) {
        return question.type().autoGraded();
    }

    /** The right-hand answers of a matching question as a menu: sorted, so no position gives a hint. */
    public static List<String> matchChoices(MatchingQuestion q) {
        var all = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        q.pairs().stream().map(MatchPair::right).forEach(all::add);
        all.addAll(q.distractors());
        return List.copyOf(all);
    }

    /** Labels of the answer chart's bars: letters, or English words that the screens show in the reader's language. */
    static List<String> bucketLabels(LiveQuestion lq) {
        return switch (lq.question()) {
            case SingleChoiceQuestion q -> letters(q.options().size());
            case MultipleResponseQuestion q -> letters(q.options().size());
            case TrueFalseQuestion q -> List.of("True", "False");
            default -> List.of("Right", "Partly right", "Wrong");
        };
    }

    /** The letter shown for the n-th displayed option: A, B, C... */
    public static String letter(int displayed) {
        return displayed < 26 ? String.valueOf((char) ('A' + displayed)) : String.valueOf(displayed + 1);
    }

    private static List<String> letters(int n) {
        return IntStream.range(0, n).mapToObj(LiveQuestions::letter).toList();
    }

    /** The bars an answer adds one to. */
    static int[] buckets(LiveQuestion lq, Response response, Grade grade) {
        var order = lq.optionOrder();
        return switch (response) {
            case ChoiceResponse r when lq.question() instanceof SingleChoiceQuestion -> new int[] {order.indexOf(r.optionIndex())};
            case MultiChoiceResponse r when lq.question() instanceof MultipleResponseQuestion ->
                    r.optionIndexes().stream().mapToInt(order::indexOf).toArray();
            case TrueFalseResponse r -> new int[] {r.answer() ? 0 : 1};
            default -> new int[] {grade.fraction() >= 1 ? 0 : grade.fraction() > 0 ? 1 : 2};
        };
    }

    static int bucketCount(LiveQuestion lq) {
        return bucketLabels(lq).size();
    }

    /** A typed answer, cut to a length that a report can show. */
    static Response bounded(Response response) {
        return switch (response) {
            case TextResponse r when r.text().length() > MAX_TYPED -> new TextResponse(r.text().substring(0, MAX_TYPED));
            case NumericResponse r when r.raw().length() > MAX_TYPED -> new NumericResponse(r.raw().substring(0, MAX_TYPED));
            default -> response;
        };
    }

    /** The answer as a person reads it in a report: option letters and texts, typed words, the order chosen. */
    static String describe(LiveQuestion lq, Response response) {
        var q = lq.question();
        var text = switch (response) {
            case ChoiceResponse r when q instanceof SingleChoiceQuestion sc ->
                    letter(lq.optionOrder().indexOf(r.optionIndex())) + ". " + plain(q, sc.options().get(r.optionIndex()).text());
            case MultiChoiceResponse r when q instanceof MultipleResponseQuestion mr -> r.optionIndexes().isEmpty()
                    ? "(none ticked)"
                    : r.optionIndexes().stream().sorted((a, b) -> lq.optionOrder().indexOf(a) - lq.optionOrder().indexOf(b))
                            .map(i -> letter(lq.optionOrder().indexOf(i)) + ". " + plain(q, mr.options().get(i).text()))
                            .collect(Collectors.joining("; "));
            case TrueFalseResponse r -> r.answer() ? "True" : "False";
            case TextResponse r -> r.text();
            case NumericResponse r -> r.raw();
            case OrderingResponse r when q instanceof OrderingQuestion oq -> r.itemIndexes().stream()
                    .map(i -> plain(q, oq.items().get(i))).collect(Collectors.joining(" → "));
            case MatchingResponse r when q instanceof MatchingQuestion mq -> IntStream.range(0, mq.pairs().size())
                    .mapToObj(i -> plain(q, mq.pairs().get(i).left()) + " → " + r.rightByLeft().getOrDefault(i, "—"))
                    .collect(Collectors.joining("; "));
            case ClozeResponse r when q instanceof ClozeQuestion cq -> IntStream.range(0, cq.blanks().size())
                    .mapToObj(i -> {
                        var given = i < r.perBlank().size() ? r.perBlank().get(i) : null;
                        if (given == null || given.isBlank()) {
                            return "—";
                        }
                        if (cq.blanks().get(i) instanceof ChoiceBlank cb) {
                            try {
                                return plain(q, cb.options().get(Integer.parseInt(given)).text());
                            } catch (RuntimeException e) {
                                return given;
                            }
                        }
                        return given;
                    })
                    .collect(Collectors.joining(" | "));
            case NoResponse r -> "(no answer)";
            default -> String.valueOf(response);
        };
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    /** The answer as stored: the response record's own text, which names its kind and values. */
    static String encode(Response response) {
        var text = switch (response) {
            case TextResponse r -> "text:" + URLEncoder.encode(r.text(), StandardCharsets.UTF_8);
            case NumericResponse r -> "numeric:" + URLEncoder.encode(r.raw(), StandardCharsets.UTF_8);
            case OpenResponse r -> "open:" + URLEncoder.encode(r.text(), StandardCharsets.UTF_8);
            case ClozeResponse r -> "cloze:" + r.perBlank().stream()
                    .map(s -> s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            case MatchingResponse r -> "matching:" + r.rightByLeft().entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            case SelfRatedResponse r -> "rating:" + r.rating();
            default -> response.toString();
        };
        return text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    /** Any of a question's texts (options, items) as plain text, for reports and menus. */
    public static String plain(Question q, String text) {
        return CACHE.get("p", q.format(), text, t -> TextFormat.PLAIN.convertFrom(TextFormat.split(t, q.format()).format(),
                TextFormat.split(t, q.format()).text()));
    }

    /**
     * Sanitised HTML of one of a question's texts. Cached: a thousand phones show the same question at once,
     * and sanitising is the costliest part of drawing it.
     */
    public static String safeHtml(Question q, String text) {
        return CACHE.get("h", q.format(), text == null ? "" : text, q.format()::toSafeHtmlHonouringMarker);
    }

    private static final TextCache CACHE = new TextCache();

    /** A small bounded cache of rendered texts (cleared when full: games show few texts at a time). */
    private static final class TextCache {
        private static final int MAX = 5_000;
        private final java.util.concurrent.ConcurrentHashMap<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();

        String get(String kind, TextFormat format, String text, java.util.function.UnaryOperator<String> render) {
            if (text == null) {
                return render.apply(null);
            }
            var key = kind + format.ordinal() + '\u0000' + text;
            var hit = map.get(key);
            if (hit != null) {
                return hit;
            }
            if (map.size() > MAX) {
                map.clear();
            }
            var value = render.apply(text);
            map.put(key, value);
            return value;
        }
    }
}
