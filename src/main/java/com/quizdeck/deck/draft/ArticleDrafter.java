package com.quizdeck.deck.draft;

import com.quizdeck.content.Blank;
import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.IdAllocator;
import com.quizdeck.content.Ids;
import com.quizdeck.content.Markdown;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Proposes questions from an article with fixed rules, no network and no model: the same text always
 * gives the same proposals, in the article's order.
 *
 * <ul>
 * <li>Fill in the blank: each sentence that states a year (or decade), a number, a named treaty ("Treaty of
 * Friendship, ...") or an article of a treaty ("Article 23") gives one item per such fact, the fact
 * blanked. A treaty's blank is a menu of the article's treaty names; a year or number is typed.</li>
 * <li>When: each year in a sentence gives "In which year?" with that sentence, the year blanked; the
 * wrong options are the article's other years, the closest ones.</li>
 * <li>True or false: each dated sentence gives one statement: every other one as written (true), the
 * others with the year replaced by the article's nearest other year (false).</li>
 * </ul>
 * Every proposal carries its sentence as the question's source.
 */
public final class ArticleDrafter {

    static final Pattern YEAR = Pattern.compile("(?<![\\d-])(1[6-9]\\d\\d|20\\d\\d)(?![\\d-]|s\\b)");
    static final Pattern TREATY = Pattern.compile(
            "Treaty (?:of|on) [A-Z][\\p{L}’'-]*(?:(?:, and |, | and | )[A-Z][\\p{L}’'-]*)*");
    static final Pattern ARTICLE = Pattern.compile("\\bArticle (\\d{1,3})\\b");
    static final Pattern DECADE = Pattern.compile("(?<![\\d-])((?:1[6-9]|20)\\d0s)\\b");
    static final Pattern NUMBER_DIGITS = Pattern.compile(
            "(?<![\\d.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d\\p{L}-])(%?)");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100));
    static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String GAP = "\\_\\_\\_\\_";

    private ArticleDrafter() {
    }

    /** A fact found in a sentence: where it is, what it is, and how it is answered. */
    private record Fact(int start, int end, String text, String category) {
    }

    public static List<Proposal> propose(String article) {
        var sentences = Sentences.of(article == null ? "" : article);
        var years = new TreeSet<Integer>();
        var treaties = new LinkedHashSet<String>();
        for (var s : sentences) {
            YEAR.matcher(s).results().forEach(m -> years.add(Integer.parseInt(m.group(1))));
            TREATY.matcher(s).results().forEach(m -> treaties.add(m.group()));
        }
        var ids = new IdAllocator();
        var proposals = new ArrayList<Proposal>();
        int dated = 0;
        for (var sentence : sentences) {
            var facts = facts(sentence);
            for (var fact : facts) {
                proposals.add(cloze(ids, sentence, fact, treaties));
            }
            for (var fact : facts) {
                if (fact.category().equals("date")) {
                    when(ids, sentence, fact, years).ifPresent(proposals::add);
                }
            }
            var firstYear = facts.stream().filter(f -> f.category().equals("date")).findFirst();
            if (firstYear.isPresent()) {
                proposals.add(trueFalse(ids, sentence, firstYear.get(), years, dated++ % 2 == 1));
            }
        }
        return proposals;
    }

    /** Every fact of a sentence, in reading order; a number inside a year, treaty or article is not a second fact. */
    static List<Fact> facts(String sentence) {
        var facts = new ArrayList<Fact>();
        TREATY.matcher(sentence).results().forEach(m -> facts.add(new Fact(m.start(), m.end(), m.group(), "treaty")));
        ARTICLE.matcher(sentence).results().forEach(m ->
                facts.add(new Fact(m.start(1), m.end(1), m.group(1), "article")));
        YEAR.matcher(sentence).results().forEach(m -> add(facts, new Fact(m.start(1), m.end(1), m.group(1), "date")));
        DECADE.matcher(sentence).results().forEach(m -> add(facts, new Fact(m.start(1), m.end(1), m.group(1), "decade")));
        NUMBER_DIGITS.matcher(sentence).results().forEach(m ->
                add(facts, new Fact(m.start(1), m.end(1), m.group(1), "number")));
        NUMBER_WORD.matcher(sentence).results().forEach(m ->
                add(facts, new Fact(m.start(1), m.end(1), m.group(1), "number")));
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    private static void add(List<Fact> facts, Fact fact) {
        boolean inside = facts.stream().anyMatch(f -> fact.start() < f.end() && f.start() < fact.end());
        if (!inside) {
            facts.add(fact);
        }
    }

    private static Proposal cloze(IdAllocator ids, String sentence, Fact fact, LinkedHashSet<String> treaties) {
        var text = Markdown.escape(sentence.substring(0, fact.start())) + "{1}"
                + Markdown.escape(sentence.substring(fact.end()));
        Blank blank = switch (fact.category()) {
            case "treaty" -> treatyBlank(fact.text(), treaties);
            case "date", "article" -> exactly(fact.text());
            case "decade" -> new TextBlank(List.of(TextAnswer.of(fact.text())), false);
            default -> numberBlank(fact.text());
        };
        var shown = fact.category().equals("article") ? "Article " + fact.text() : fact.text();
        var id = ids.allocate("cloze-" + Ids.slug(shown, 40, "fact"));
        var header = new QuestionHeader(id, null, TextFormat.MARKDOWN, null, null, sentence,
                List.of(fact.category().equals("decade") ? "date" : fact.category()), null);
        return new Proposal(id, ProposalKind.CLOZE, shown, sentence, new ClozeQuestion(header, text, List.of(blank)));
    }

    private static Blank treatyBlank(String name, LinkedHashSet<String> treaties) {
        var others = treaties.stream().filter(t -> !t.equals(name)).limit(3).toList();
        if (others.isEmpty()) {
            return new TextBlank(List.of(TextAnswer.of(name)), false);
        }
        var options = new ArrayList<Choice>();
        options.add(Choice.correct(Markdown.escape(name)));
        others.forEach(t -> options.add(Choice.wrong(Markdown.escape(t))));
        // A fixed order that does not give the answer away: alphabetical.
        options.sort(Comparator.comparing(Choice::text));
        return new ChoiceBlank(options);
    }

    private static Blank exactly(String digits) {
        return new NumericBlank(List.of(NumericAnswer.Value.exactly(new BigDecimal(digits))), null);
    }

    private static Blank numberBlank(String text) {
        var word = NUMBER_WORDS.get(text.toLowerCase(Locale.ROOT));
        if (word != null) {
            return new TextBlank(List.of(TextAnswer.of(text.toLowerCase(Locale.ROOT)), TextAnswer.of(word.toString())), false);
        }
        return new NumericBlank(List.of(NumericAnswer.Value.exactly(new BigDecimal(text.replace(",", "")))), null);
    }

    private static java.util.Optional<Proposal> when(IdAllocator ids, String sentence, Fact fact, TreeSet<Integer> years) {
        int year = Integer.parseInt(fact.text());
        var others = years.stream().filter(y -> y != year)
                .sorted(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparingInt(y -> y))
                .limit(3).toList();
        if (others.isEmpty()) {
            return java.util.Optional.empty();
        }
        var options = new ArrayList<Integer>(others);
        options.add(year);
        options.sort(Comparator.naturalOrder());
        var choices = options.stream().map(y -> y == year ? Choice.correct(y.toString()) : Choice.wrong(y.toString()))
                .toList();
        var gapped = Markdown.escape(sentence.substring(0, fact.start())) + GAP
                + Markdown.escape(sentence.substring(fact.end()));
        var id = ids.allocate("when-" + year);
        var header = new QuestionHeader(id, null, TextFormat.MARKDOWN, "In which year?\n\n*“" + gapped + "”*", null,
                sentence, List.of("date"), null);
        // Chronological options read naturally; shuffled for students like any single choice.
        return java.util.Optional.of(new Proposal(id, ProposalKind.WHEN, fact.text(), sentence,
                new SingleChoiceQuestion(header, choices, true)));
    }

    private static Proposal trueFalse(IdAllocator ids, String sentence, Fact year, TreeSet<Integer> years,
            boolean makeFalse) {
        int actual = Integer.parseInt(year.text());
        var nearest = years.stream().filter(y -> y != actual)
                .min(Comparator.comparingInt((Integer y) -> Math.abs(y - actual)).thenComparingInt(y -> y));
        boolean isFalse = makeFalse && nearest.isPresent();
        var statement = isFalse
                ? sentence.substring(0, year.start()) + nearest.get() + sentence.substring(year.end())
                : sentence;
        var id = ids.allocate("tf-" + actual);
        var explanation = isFalse ? "False: the article gives " + actual + ", not " + nearest.get() + "." : null;
        var header = new QuestionHeader(id, null, TextFormat.MARKDOWN, Markdown.escape(statement), explanation, sentence,
                List.of("date"), null);
        return new Proposal(id, ProposalKind.TRUE_FALSE, year.text(), sentence,
                new TrueFalseQuestion(header, !isFalse, null, null));
    }

    /** For tests and the view: the sentences the rules read. */
    public static List<String> sentences(String article) {
        return Sentences.of(article);
    }

    static List<Question> questions(List<Proposal> proposals) {
        return proposals.stream().map(Proposal::question).toList();
    }
}
