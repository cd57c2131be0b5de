package com.quizdeck.quiz;

import com.quizdeck.content.QuestionType;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TrueFalseResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers of a submitted attempt in one short text ({@code quiz_attempt.answer_summary}), written in the same
 * transaction as the submission: what item analysis needs of each slot, so that it reads one short row per attempt
 * instead of every answer with its JSON (10,000 attempts of a 29-question quiz were 290,000 rows and 8 s on H2).
 *
 * <p>One entry per slot, in position order, separated by a space: {@code <versionId>=<fraction>[:<answer>]}.
 * <ul>
 * <li>{@code versionId}: the question version shown (the question and its type follow from it);</li>
 * <li>{@code fraction}: the stored grade fraction, as {@link Double#toString} writes it ({@code 1} and {@code 0} for
 * those exact values), so that it reads back bit for bit; empty when there is none (unanswered, or not graded);</li>
 * <li>{@code answer}: absent when unanswered; for the choice types the options chosen, in the question's own option
 * order: {@code c2} (single choice), {@code m0.3} (multiple response, ascending; {@code m} alone for none ticked),
 * {@code t} or {@code f} (true/false); {@code a} for any other answer, whose content is not kept.</li>
 * </ul>
 * Example: {@code 5012=1:c0 5013=0:f 5014=0.5:a 5015=}.
 *
 * <p>A submitted attempt never changes: answers are taken only before submission, their grades are stored then, and
 * there is no regrading (an edited question is a new version; attempts keep the one they showed). So the summary is
 * written once and never updated. Should regrading come, it must rewrite this summary too.
 */
final class AnswerSummary {

    /** Question types whose response names options of the question: the distractor analysis counts these. */
    static final Set<QuestionType> CHOICE_TYPES = EnumSet.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_RESPONSE, QuestionType.TRUE_FALSE);

    private AnswerSummary() {
    }

    /**
     * One slot of an attempt as stored.
     *
     * @param response the stored response JSON ({@link QuizJson}), null when unanswered
     */
    record StoredSlot(long versionId, QuestionType type, Double fraction, String response) {
    }

    /**
     * One slot read back.
     *
     * @param response null when unanswered; the choice made for the choice types; {@link Response#none()} for any
     *                 other answer
     */
    record Slot(long versionId, Double fraction, Response response) {
    }

    /** The summary of an attempt's slots, given in position order. */
    static String encode(List<StoredSlot> slots) {
        var out = new StringBuilder(slots.size() * 12);
        for (var slot : slots) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(slot.versionId()).append('=');
            if (slot.fraction() != null) {
                double f = slot.fraction();
                if (f == 1.0) {
                    out.append('1');
                } else if (f == 0.0 && Double.doubleToRawLongBits(f) == 0L) {
                    out.append('0');
                } else {
                    out.append(f);
                }
            }
            if (slot.response() != null) {
                out.append(':');
                appendAnswer(out, slot);
            }
        }
        return out.toString();
    }

    private static void appendAnswer(StringBuilder out, StoredSlot slot) {
        if (!CHOICE_TYPES.contains(slot.type())) {
            out.append('a');
            return;
        }
        switch (QuizJson.decode(slot.response())) {
            case ChoiceResponse c -> out.append('c').append(c.optionIndex());
            case MultiChoiceResponse m -> {
                out.append('m');
                var sorted = m.optionIndexes().stream().sorted().toList();
                for (int i = 0; i < sorted.size(); i++) {
                    if (i > 0) {
                        out.append('.');
                    }
                    out.append(sorted.get(i));
                }
            }
            case TrueFalseResponse t -> out.append(t.answer() ? 't' : 'f');
            default -> out.append('a');
        }
    }

    /** The slots of a summary, in position order. */
    static List<Slot> decode(String summary) {
        var slots = new ArrayList<Slot>();
        int n = summary.length();
        int start = 0;
        while (start < n) {
            int end = summary.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            slots.add(slot(summary, start, end));
            start = end + 1;
        }
        return slots;
    }

    private static Slot slot(String s, int start, int end) {
        int eq = s.indexOf('=', start);
        if (eq < 0 || eq > end) {
            throw new IllegalStateException("Malformed answer summary entry '" + s.substring(start, end) + "'");
        }
        long versionId = Long.parseLong(s, start, eq, 10);
        int colon = s.indexOf(':', eq);
        int fractionEnd = colon < 0 || colon > end ? end : colon;
        Double fraction = fractionEnd == eq + 1 ? null : fraction(s.substring(eq + 1, fractionEnd));
        Response response = fractionEnd == end ? null : answer(s, fractionEnd + 1, end);
        return new Slot(versionId, fraction, response);
    }

    private static Double fraction(String text) {
        return switch (text) {
            case "1" -> 1.0;
            case "0" -> 0.0;
            default -> Double.valueOf(text);
        };
    }

    private static Response answer(String s, int start, int end) {
        char kind = s.charAt(start);
        return switch (kind) {
            case 'c' -> new ChoiceResponse(Integer.parseInt(s, start + 1, end, 10));
            case 'm' -> {
                var set = new HashSet<Integer>();
                int i = start + 1;
                while (i < end) {
                    int dot = s.indexOf('.', i);
                    int stop = dot < 0 || dot > end ? end : dot;
                    set.add(Integer.parseInt(s, i, stop, 10));
                    i = stop + 1;
                }
                yield new MultiChoiceResponse(set);
            }
            case 't' -> new TrueFalseResponse(true);
            case 'f' -> new TrueFalseResponse(false);
            case 'a' -> Response.none();
            default -> throw new IllegalStateException("Unknown answer kind '" + kind + "' in an answer summary");
        };
    }
}
