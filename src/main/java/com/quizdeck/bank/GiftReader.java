package com.quizdeck.bank;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.Deck;
import com.quizdeck.content.IdAllocator;
import com.quizdeck.content.Ids;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format, following question/format/gift/format.php: questions are blocks
 * separated by blank lines, the type follows from the answer block, {@code $CATEGORY:} starts a
 * new deck.
 *
 * <p>Where Moodle turns an answer block in the middle of the text into a "missing word" question
 * ({@code Grant is {~buried =entombed} in Grant's tomb.}), the block becomes a one-blank
 * {@code cloze} if a blank can hold it (choice with one correct answer, typed answer, number);
 * otherwise the question keeps its type and the prompt shows Moodle's {@code _____} gap.
 *
 * <p>Quizdeck is stricter than Moodle where Moodle would silently import something else than
 * the author meant: unclosed braces, a second answer block, blocks without answers
 * (Moodle "descriptions") and numbers that are not numbers are errors with their line.
 */
final class GiftReader {

    /** What Moodle puts in the question text where the answer block was. */
    static final String GAP = "_____";

    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FORMAT_MARKER = Pattern.compile("\\[(markdown|html|plain|moodle)]");
    private static final Pattern CONTEXT_SEGMENT = Pattern.compile("\\$[a-z0-9]+\\$");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final String CATEGORY = "$CATEGORY:";

    private GiftReader() {
    }

    /** A question read from one block, before its deck gives it an id. */
    private record Parsed(Question question, String title, Map<String, SourcePosition> positions) {
    }

    /** Questions that share a {@code $CATEGORY:}. */
    private static final class Group {
        final String category;
        final List<Parsed> questions = new ArrayList<>();

        Group(String category) {
            this.category = category;
        }
    }

    static BankReadResult read(String file, String text) {
        var problems = new Problems(file);
        var groups = new ArrayList<Group>();
        groups.add(new Group(null));
        var blocks = blocks(text);
        if (blocks.size() > BankLimits.MAX_QUESTIONS) {
            problems.add(blocks.get(BankLimits.MAX_QUESTIONS).getFirst().number(), 1, BankLimits.TOO_MANY_QUESTIONS);
            return BankReadResult.failed(problems.sorted());
        }
        for (var block : blocks) {
            var gift = GiftText.of(block);
            if (gift.length() == 0) {
                continue;
            }
            if (gift.text().startsWith(CATEGORY)) {
                readCategory(gift, groups, problems);
            } else {
                new BlockParser(gift, problems).parse().ifPresent(groups.getLast().questions::add);
            }
        }
        var decks = new ArrayList<Deck>();
        var deckIds = new IdAllocator();
        for (var group : groups) {
            if (!group.questions.isEmpty()) {
                decks.add(buildDeck(file, group, deckIds, problems));
            }
        }
        if (decks.isEmpty() && problems.isEmpty()) {
            problems.add(SourcePosition.START, "no questions found; GIFT questions are separated by blank lines"
                    + " and have an answer block such as {=right ~wrong}");
        }
        return new BankReadResult(decks, problems.sorted());
    }

    /** Blocks of non-blank lines, as Moodle splits them; comment lines belong to no question. */
    static List<List<GiftText.SourceLine>> blocks(String text) {
        var blocks = new ArrayList<List<GiftText.SourceLine>>();
        var current = new ArrayList<GiftText.SourceLine>();
        var lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var stripped = lines[i].strip();
            if (stripped.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else if (!stripped.startsWith("//")) {
                current.add(new GiftText.SourceLine(i + 1, lines[i]));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static void readCategory(GiftText gift, List<Group> groups, Problems problems) {
        var text = gift.text();
        int lineEnd = text.indexOf('\n');
        if (lineEnd >= 0) {
            problems.add(gift.at(lineEnd + 1), "put a blank line after the $CATEGORY line; Moodle would read"
                    + " this line as part of the category name");
            return;
        }
        var category = gift.slice(CATEGORY.length(), text.length());
        var current = groups.getLast();
        if (current.questions.isEmpty() && current.category == null) {
            groups.set(groups.size() - 1, new Group(category));
        } else {
            groups.add(new Group(category));
        }
    }

    /** The last named segment of a Moodle category path: {@code $course$/Unit 1/Week 2} gives {@code Week 2}. */
    static Optional<String> categoryTitle(String category) {
        var segments = category.replace("//", "\u0000").split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            var segment = segments[i].replace('\u0000', '/').strip();
            if (!segment.isEmpty() && !CONTEXT_SEGMENT.matcher(segment).matches()) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    private static Deck buildDeck(String file, Group group, IdAllocator deckIds, Problems problems) {
        var deckTitle = group.category == null ? FileNames.title(file)
                : categoryTitle(group.category).orElse(FileNames.title(file));
        var baseId = group.category == null ? FileNames.deckId(file) : Ids.slug(deckTitle, 60, FileNames.deckId(file));
        var deckId = deckIds.allocate(baseId);
        var positions = new SourcePositions(group.questions.getFirst().positions().get(""));
        var questionIds = new IdAllocator();
        var questions = new ArrayList<Question>();
        for (var parsed : group.questions) {
            var header = parsed.question().header();
            var base = parsed.title() != null ? Ids.slug(parsed.title(), 60, "q") : Ids.slug(idHint(parsed.question()), 40, "q");
            var id = questionIds.allocate(base);
            // A name that already is an id ("q8") is not repeated as a title.
            var title = parsed.title() != null && !parsed.title().equals(id) ? parsed.title() : null;
            var prefix = "questions[" + questions.size() + "]";
            parsed.positions().forEach((path, at) -> positions.put(path.isEmpty() ? prefix : prefix + "." + path, at));
            questions.add(parsed.question().withHeader(header.withId(id).withTitle(title)));
        }
        var deck = new Deck(deckId, deckTitle, null, null, List.of(), group.category, questions);
        ContentRules.report(deck, positions, List.of(), problems);
        return deck;
    }

    /** Unnamed questions get an id from their first words, as Moodle names them. */
    private static String idHint(Question question) {
        var text = question instanceof ClozeQuestion cloze ? cloze.fill(n -> " ") : question.prompt();
        var plain = TextFormat.PLAIN.convertFrom(question.format(), text == null ? "" : text);
        return plain.replace(GAP, " ");
    }

    /** Parses one question block. */
    private static final class BlockParser {
        private final GiftText t;
        private final Problems problems;
        private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
        private TextFormat format = TextFormat.MOODLE;
        private String title;
        private String before;
        private String after;
        private String generalFeedback;
        private int open;
        private boolean failed;

        BlockParser(GiftText t, Problems problems) {
            this.t = t;
            this.problems = problems;
        }

        Optional<Parsed> parse() {
            var s = t.text();
            int pos = 0;
            positions.put("", t.at(0));
            if (s.startsWith("::")) {
                int end = s.indexOf("::", 2);
                if (end < 0) {
                    return fail(0, "the question name starts with '::' but is not closed with '::'");
                }
                var name = t.slice(2, end);
                title = name.isEmpty() ? null : name;
                pos = t.skipSpace(end + 2, s.length());
            }
            open = t.indexOf('{', pos, s.length());
            int close = t.indexOf('}', pos, s.length());
            if (open < 0 && close < 0) {
                return fail(pos, "no answer block {...}: every question needs one (Moodle \"description\" items"
                        + " are not imported); write \\{ and \\} for literal braces");
            }
            if (open < 0 || close >= 0 && close < open) {
                return fail(close, "'}' without an opening '{'; write \\} for a literal brace");
            }
            if (close < 0) {
                return fail(open, "'{' opens an answer block that is never closed with '}'; write \\{ for a literal brace");
            }
            int nested = t.indexOf('{', open + 1, close);
            if (nested >= 0) {
                return fail(nested, "'{' inside an answer block (is a '}' missing?); write \\{ for a literal brace");
            }
            int nextOpen = t.indexOf('{', close + 1, s.length());
            int nextClose = t.indexOf('}', close + 1, s.length());
            int second = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
            if (second >= 0) {
                return fail(second, "a question has only one answer block; write \\{ and \\} for literal braces");
            }
            var marker = FORMAT_MARKER.matcher(s).region(pos, open);
            int stemStart = pos;
            if (marker.lookingAt()) {
                format = TextFormat.fromWireName(marker.group(1)).orElseThrow();
                stemStart = marker.end();
            }
            positions.put("prompt", t.at(stemStart));
            positions.put("text", t.at(stemStart));
            before = s.substring(stemStart, open);
            after = s.substring(close + 1);

            int from = open + 1;
            int to = close;
            int gf = t.indexOf("####", from, to);
            if (gf >= 0) {
                gf = s.lastIndexOf("####", to - 4); // Moodle takes the last "####"
                generalFeedback = emptyToNull(keepMarker(t.slice(gf + 4, to)));
                to = gf;
            }
            from = t.skipSpace(from, to);
            to = t.trimEnd(from, to);
            var question = readAnswers(from, to);
            return failed ? Optional.empty() : Optional.of(new Parsed(question, title, positions));
        }

        private Question readAnswers(int from, int to) {
            var s = t.text();
            if (from == to) {
                return new OpenQuestion(header(prompt()), null);
            }
            if (s.charAt(from) == '#') {
                return numeric(from + 1, to);
            }
            if (t.indexOf('~', from, to) >= 0) {
                return choice(from, to);
            }
            if (t.indexOf('=', from, to) >= 0 && t.indexOf("->", from, to) >= 0) {
                return matching(from, to);
            }
            int hash = t.indexOf('#', from, to);
            var answer = t.slice(from, hash > from ? hash : to);
            if (TRUE_FALSE.contains(answer)) {
                return trueFalse(from, to, answer);
            }
            return shortAnswer(from, to);
        }

        private boolean midStem() {
            return !after.isBlank();
        }

        /** The prompt of a question that keeps its type: Moodle's gap marks a mid-text answer block. */
        private String prompt() {
            return GiftText.restore(midStem() ? before + GAP + after : before).strip();
        }

        private String clozeText() {
            return GiftText.restore(before + "{1}" + after).strip();
        }

        private QuestionHeader header(String prompt) {
            return new QuestionHeader("", title, format, prompt, null, null, List.of(), generalFeedback);
        }

        private Question choice(int from, int to) {
            var parts = split(from, to, "~=");
            boolean single = parts.stream().anyMatch(p -> t.charAt(p.start()) == '=');
            boolean cloze = single && midStem();
            var path = cloze ? "blanks[0].options" : "options";
            registerList(cloze ? "blanks" : "options", cloze);
            var options = new ArrayList<Choice>();
            for (var part : parts) {
                positions.put(path + "[" + options.size() + "]", t.at(part.start()));
                char marker = t.charAt(part.start());
                int textStart = marker == '~' || marker == '=' ? part.start() + 1 : part.start();
                textStart = t.skipSpace(textStart, part.end());
                double weight = 0;
                var weightMatch = WEIGHT.matcher(t.text()).region(textStart, part.end());
                if (weightMatch.lookingAt()) {
                    if (marker == '=') {
                        fail(part.start(), "'=' marks the correct answer; write ~%" + weightMatch.group(1)
                                + "% for partial credit");
                    }
                    weight = Double.parseDouble(weightMatch.group(1));
                    textStart = weightMatch.end();
                }
                if (marker == '=') {
                    weight = 100;
                }
                var comment = comment(textStart, part.end());
                options.add(new Choice(keepMarker(comment.text()), weight, comment.feedback()));
            }
            if (cloze) {
                return new ClozeQuestion(header(null), clozeText(), List.of(new ChoiceBlank(options)));
            }
            return single ? new SingleChoiceQuestion(header(prompt()), options, true)
                    : new MultipleResponseQuestion(header(prompt()), options, true);
        }

        private Question matching(int from, int to) {
            var pairs = new ArrayList<MatchPair>();
            var distractors = new ArrayList<String>();
            positions.put("pairs", t.at(open));
            for (var part : split(from, to, "=")) {
                int start = t.charAt(part.start()) == '=' ? part.start() + 1 : part.start();
                int arrow = t.indexOf("->", start, part.end());
                if (arrow < 0) {
                    fail(part.start(), "a matching answer needs '->' between the item and its match");
                    continue;
                }
                var left = keepMarker(t.slice(start, arrow));
                var right = t.slice(arrow + 2, part.end());
                if (TextFormat.split(left, format).text().isEmpty()) {
                    // Moodle: a pair without a left side is an extra answer that matches nothing.
                    positions.put("distractors[" + distractors.size() + "]", t.at(part.start()));
                    distractors.add(right);
                } else {
                    positions.put("pairs[" + pairs.size() + "]", t.at(part.start()));
                    pairs.add(new MatchPair(left, right));
                }
            }
            return new MatchingQuestion(header(prompt()), pairs, distractors);
        }

        private Question trueFalse(int from, int to, String answer) {
            int first = t.indexOf('#', from, to);
            int second = first >= 0 ? t.indexOf('#', first + 1, to) : -1;
            var wrong = first >= 0 ? emptyToNull(keepMarker(t.slice(first + 1, second >= 0 ? second : to))) : null;
            var right = second >= 0 ? emptyToNull(keepMarker(t.slice(second + 1, to))) : null;
            boolean value = answer.startsWith("T");
            return new TrueFalseQuestion(header(prompt()), value, value ? right : wrong, value ? wrong : right);
        }

        private Question shortAnswer(int from, int to) {
            boolean cloze = midStem();
            registerList(cloze ? "blanks" : "answers", cloze);
            var answers = weightedParts(from, to, cloze ? "blanks[0].answers" : "answers", (textStart, end, weight) -> {
                var comment = comment(textStart, end);
                // Like Moodle, a typed answer keeps no text format: it is compared, not displayed.
                return new TextAnswer(TextFormat.split(comment.text(), format).text().strip(), weight, comment.feedback());
            });
            if (cloze) {
                return new ClozeQuestion(header(null), clozeText(), List.of(new TextBlank(answers, false)));
            }
            return new ShortAnswerQuestion(header(prompt()), answers, false, false, false);
        }

        private Question numeric(int from, int to) {
            String otherFeedback = null;
            int answersEnd = to;
            int tilde = t.indexOf('~', from, to);
            if (tilde >= 0) {
                answersEnd = tilde;
                int hash = t.indexOf('#', tilde + 1, to);
                if (!t.isBlank(tilde + 1, hash >= 0 ? hash : to)) {
                    fail(tilde, "after '~' a numeric question takes only '#feedback' for any other answer");
                }
                otherFeedback = hash >= 0 ? emptyToNull(keepMarker(t.slice(hash + 1, to))) : null;
            }
            boolean cloze = midStem();
            registerList(cloze ? "blanks" : "answers", cloze);
            var answers = weightedParts(from, answersEnd, cloze ? "blanks[0].answers" : "answers",
                    (textStart, end, weight) -> numericAnswer(textStart, end, weight));
            if (answers.isEmpty()) {
                fail(open, "the numeric answer block has no answer; write {#value}, {#value:tolerance} or {#min..max}");
            }
            answers.removeIf(a -> a == null);
            if (cloze) {
                return new ClozeQuestion(header(null), clozeText(), List.of(new NumericBlank(answers, otherFeedback)));
            }
            return new NumericQuestion(header(prompt()), answers, otherFeedback);
        }

        private NumericAnswer numericAnswer(int textStart, int end, double weight) {
            var comment = comment(textStart, end);
            var value = comment.text();
            int dots = value.indexOf("..");
            int colon = value.indexOf(':');
            if (dots > 0) {
                var min = number(value.substring(0, dots), value, textStart);
                var max = number(value.substring(dots + 2), value, textStart);
                return min == null || max == null ? null : new NumericAnswer.Range(min, max, weight, comment.feedback());
            }
            if (colon > 0) {
                var answer = number(value.substring(0, colon), value, textStart);
                var tolerance = number(value.substring(colon + 1), value, textStart);
                return answer == null || tolerance == null ? null
                        : new NumericAnswer.Value(answer, tolerance, weight, comment.feedback());
            }
            var answer = number(value, value, textStart);
            return answer == null ? null : new NumericAnswer.Value(answer, BigDecimal.ZERO, weight, comment.feedback());
        }

        private BigDecimal number(String text, String answer, int at) {
            if (text.isBlank()) {
                fail(at, "a number is missing in '" + answer + "'; write value, value:tolerance or min..max");
                return null;
            }
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                fail(at, "'" + text.strip() + "' is not a number");
                return null;
            }
        }

        /** How a typed answer is built from its text range once its weight is known. */
        private interface AnswerBuilder<T> {
            T build(int textStart, int end, double weight);
        }

        /** Answers introduced by '=', each with an optional {@code %weight%} (default 100). */
        private <T> List<T> weightedParts(int from, int to, String path, AnswerBuilder<T> builder) {
            var answers = new ArrayList<T>();
            for (var part : split(from, to, "=")) {
                positions.put(path + "[" + answers.size() + "]", t.at(part.start()));
                int textStart = t.charAt(part.start()) == '=' ? part.start() + 1 : part.start();
                textStart = t.skipSpace(textStart, part.end());
                double weight = 100;
                var weightMatch = WEIGHT.matcher(t.text()).region(textStart, part.end());
                if (weightMatch.lookingAt()) {
                    weight = Double.parseDouble(weightMatch.group(1));
                    textStart = weightMatch.end();
                }
                answers.add(builder.build(textStart, part.end(), weight));
            }
            return answers;
        }

        private void registerList(String list, boolean cloze) {
            positions.put(list, t.at(open));
            if (cloze) {
                positions.put("blanks[0]", t.at(open));
            }
        }

        private record Part(int start, int end) {
        }

        /** Splits [from, to) before each marker character; leading text without a marker is a part too. */
        private List<Part> split(int from, int to, String markers) {
            var parts = new ArrayList<Part>();
            int start = from;
            for (int i = from; i < to; i++) {
                if (markers.indexOf(t.charAt(i)) >= 0 && i > start) {
                    addPart(parts, start, i);
                    start = i;
                }
            }
            addPart(parts, start, to);
            return parts;
        }

        private void addPart(List<Part> parts, int start, int end) {
            if (!t.isBlank(start, end)) {
                parts.add(new Part(start, t.trimEnd(start, end)));
            }
        }

        private record Comment(String text, String feedback) {
        }

        /** Splits {@code answer#feedback} at the first '#'. */
        private Comment comment(int from, int to) {
            int hash = t.indexOf('#', from, to);
            if (hash < 0) {
                return new Comment(t.slice(from, to), null);
            }
            return new Comment(t.slice(from, hash), emptyToNull(keepMarker(t.slice(hash + 1, to))));
        }

        /**
         * A text of the question in the question's format loses its marker; a text in another
         * format keeps it, which is how the model records a per-text format.
         */
        private String keepMarker(String text) {
            var marked = TextFormat.split(text, format);
            return marked.format() == format ? marked.text().strip() : marked.format().marker() + marked.text().strip();
        }

        private Optional<Parsed> fail(int index, String message) {
            problems.add(t.at(index), message);
            failed = true;
            return Optional.empty();
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
