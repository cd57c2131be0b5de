package com.quizdeck.bank;

import com.quizdeck.content.Blank;
import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.Deck;
import com.quizdeck.content.DeckSource;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TextFormat;
import com.quizdeck.content.TrueFalseQuestion;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Quizdeck's native deck format (question-banks/README.md). The shape is checked here,
 * field by field; the meaning (one correct option, weights summing to 100...) by the content
 * rules, whose findings are placed on the lines recorded while reading.
 */
final class NativeDeckReader {

    static final String FORMAT = "quizdeck/1";

    static final Set<String> COMMON_FIELDS = YamlMap.names(
            "id", "type", "title", "format", "prompt", "explanation", "source", "tags", "general_feedback");

    /** The fields each type adds to {@link #COMMON_FIELDS}; the JSON schema lists the same. */
    static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.SINGLE_CHOICE, YamlMap.names("options", "shuffle"),
            QuestionType.MULTIPLE_RESPONSE, YamlMap.names("options", "shuffle"),
            QuestionType.TRUE_FALSE, YamlMap.names("answer", "feedback_true", "feedback_false"),
            QuestionType.SHORT_ANSWER, YamlMap.names("answers", "case_sensitive", "accent_insensitive", "forgive_typo"),
            QuestionType.NUMERIC, YamlMap.names("answers", "other_feedback"),
            QuestionType.MATCHING, YamlMap.names("pairs", "distractors"),
            QuestionType.ORDERING, YamlMap.names("items"),
            QuestionType.CLOZE, YamlMap.names("text", "blanks"),
            QuestionType.FLASHCARD, YamlMap.names("front", "back"),
            QuestionType.OPEN, YamlMap.names("guidance"));

    private static final Pattern QUESTION_PATH = Pattern.compile("questions\\[(\\d+)]");

    private final YamlMap.Context context;
    private final List<Integer> sourceIndexOfQuestion = new ArrayList<>();

    private NativeDeckReader(YamlMap.Context context) {
        this.context = context;
    }

    static BankReadResult read(String file, String text) {
        var problems = new Problems(file);
        if (!YamlLimits.check(text, problems)) {
            return BankReadResult.failed(problems.sorted());
        }
        Node root;
        try {
            root = new Yaml(YamlLimits.loaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(YamlLimits.position(e.getProblemMark()), "YAML syntax: " + YamlLimits.describe(e));
            return BankReadResult.failed(problems.sorted());
        } catch (YAMLException e) {
            problems.add(SourcePosition.START, "YAML: " + e.getMessage());
            return BankReadResult.failed(problems.sorted());
        }
        if (root == null) {
            problems.add(SourcePosition.START, "the file is empty; a deck file starts with 'format: " + FORMAT + "'");
            return BankReadResult.failed(problems.sorted());
        }
        var context = new YamlMap.Context(problems);
        var reader = new NativeDeckReader(context);
        var deck = reader.readFile(root);
        deck.ifPresent(d -> ContentRules.report(d, context.positions, context.brokenPaths, problems, reader::sourcePath));
        return new BankReadResult(deck.map(List::of).orElse(List.of()), problems.sorted());
    }

    /** {@code questions[m]...} of the deck as {@code questions[n]...} of the file (read failures are not in the deck). */
    private String sourcePath(String deckPath) {
        var matcher = QUESTION_PATH.matcher(deckPath);
        if (!matcher.lookingAt()) {
            return deckPath;
        }
        int inDeck = Integer.parseInt(matcher.group(1));
        return "questions[" + sourceIndexOfQuestion.get(inDeck) + "]" + deckPath.substring(matcher.end());
    }

    private Optional<Deck> readFile(Node root) {
        var file = YamlMap.of(root, "", "a deck file", context);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        var map = file.get();
        map.allowOnly(YamlMap.names("format", "deck", "questions"));
        var format = map.requiredText("format");
        if (!format.isEmpty() && !format.equals(FORMAT)) {
            context.problemAt("format", "format must be '" + FORMAT + "', found '" + format + "'");
        }
        var deckMap = map.requiredMap("deck", "deck");
        var questionNodes = map.requiredList("questions");
        if (questionNodes.size() > BankLimits.MAX_QUESTIONS) {
            context.problem(questionNodes.get(BankLimits.MAX_QUESTIONS), "questions", BankLimits.TOO_MANY_QUESTIONS);
            return Optional.empty();
        }
        var questions = new ArrayList<Question>();
        for (int i = 0; i < questionNodes.size(); i++) {
            int sourceIndex = i;
            readQuestion(questionNodes.get(i), "questions[" + i + "]").ifPresent(question -> {
                questions.add(question);
                sourceIndexOfQuestion.add(sourceIndex);
            });
        }
        return deckMap.map(deck -> readDeck(deck, questions));
    }

    private Deck readDeck(YamlMap map, List<Question> questions) {
        map.allowOnly(YamlMap.names("id", "title", "description", "source", "tags", "category"));
        var source = map.map("source", "deck source").map(s -> {
            s.allowOnly(YamlMap.names("title", "author", "date", "url"));
            return new DeckSource(s.text("title").orElse(null), s.text("author").orElse(null),
                    s.text("date").orElse(null), s.text("url").orElse(null));
        }).orElse(null);
        return new Deck(map.requiredText("id"), map.requiredText("title"), map.text("description").orElse(null),
                source, map.texts("tags"), map.text("category").orElse(null), questions);
    }

    private Optional<Question> readQuestion(Node node, String path) {
        var maybeMap = YamlMap.of(node, path, "question", context);
        if (maybeMap.isEmpty()) {
            return Optional.empty();
        }
        var map = maybeMap.get();
        var typeName = map.requiredText("type");
        if (typeName.isEmpty()) {
            return Optional.empty();
        }
        var type = QuestionType.fromWireName(typeName);
        if (type.isEmpty()) {
            context.problem(node, path + ".type", "unknown question type '" + typeName + "'; use one of "
                    + String.join(", ", QuestionType.wireNames()));
            return Optional.empty();
        }
        var allowed = new LinkedHashSet<>(COMMON_FIELDS);
        allowed.addAll(TYPE_FIELDS.get(type.get()));
        if (type.get() == QuestionType.FLASHCARD) {
            map.forbid("prompt", "a flashcard has 'front' and 'back' instead of 'prompt'");
        }
        map.allowOnly(allowed);
        var header = readHeader(map);
        return Optional.of(switch (type.get()) {
            case SINGLE_CHOICE -> new SingleChoiceQuestion(header,
                    items(map, "options", "option", this::singleChoiceOption), map.bool("shuffle").orElse(true));
            case MULTIPLE_RESPONSE -> new MultipleResponseQuestion(header,
                    items(map, "options", "option", this::weightedOption), map.bool("shuffle").orElse(true));
            case TRUE_FALSE -> new TrueFalseQuestion(header, map.requiredBool("answer").orElse(true),
                    map.text("feedback_true").orElse(null), map.text("feedback_false").orElse(null));
            case SHORT_ANSWER -> new ShortAnswerQuestion(header, items(map, "answers", "answer", this::textAnswer),
                    map.bool("case_sensitive").orElse(false), map.bool("accent_insensitive").orElse(false),
                    map.bool("forgive_typo").orElse(false));
            case NUMERIC -> new NumericQuestion(header, items(map, "answers", "answer", this::numericAnswer),
                    map.text("other_feedback").orElse(null));
            case MATCHING -> new MatchingQuestion(header, items(map, "pairs", "pair", this::pair), map.texts("distractors"));
            case ORDERING -> new OrderingQuestion(header, requiredTexts(map, "items"));
            case CLOZE -> new ClozeQuestion(header, map.requiredText("text"), items(map, "blanks", "blank", this::blank));
            case FLASHCARD -> new FlashcardQuestion(header, map.requiredText("front"), map.requiredText("back"));
            case OPEN -> new OpenQuestion(header, map.text("guidance").orElse(null));
        });
    }

    private QuestionHeader readHeader(YamlMap map) {
        var format = map.text("format").flatMap(name -> {
            var parsed = TextFormat.fromWireName(name);
            if (parsed.isEmpty()) {
                context.problemAt(map.join("format"), "format must be markdown, html, plain or moodle, found '" + name + "'");
            }
            return parsed;
        }).orElse(TextFormat.MARKDOWN);
        return new QuestionHeader(map.requiredText("id"), map.text("title").orElse(null), format,
                map.text("prompt").orElse(null), map.text("explanation").orElse(null), map.text("source").orElse(null),
                map.texts("tags"), map.text("general_feedback").orElse(null));
    }

    /** Reads the required list {@code key}, one mapping per item; items that fail are left out. */
    private <T> List<T> items(YamlMap map, String key, String itemWhat, Function<YamlMap, T> reader) {
        var result = new ArrayList<T>();
        var nodes = map.requiredList(key);
        for (int i = 0; i < nodes.size(); i++) {
            YamlMap.of(nodes.get(i), map.join(key) + "[" + i + "]", itemWhat, context).map(reader).ifPresent(result::add);
        }
        return result;
    }

    private List<String> requiredTexts(YamlMap map, String key) {
        map.requiredList(key);
        return map.texts(key);
    }

    private Choice singleChoiceOption(YamlMap map) {
        map.allowOnly(YamlMap.names("text", "correct", "weight", "feedback"));
        var text = map.requiredText("text");
        var correct = map.bool("correct").orElse(false);
        var weight = map.number("weight");
        if (correct && weight.isPresent() && weight.get().compareTo(BigDecimal.valueOf(100)) != 0) {
            context.problemAt(map.join("weight"),
                    "an option marked correct is worth 100; give 'weight' only to incorrect options");
        }
        double credit = correct ? 100 : weight.map(BigDecimal::doubleValue).orElse(0.0);
        return new Choice(text, credit, map.text("feedback").orElse(null));
    }

    private Choice weightedOption(YamlMap map) {
        map.allowOnly(YamlMap.names("text", "weight", "feedback"));
        return new Choice(map.requiredText("text"), map.requiredNumber("weight").map(BigDecimal::doubleValue).orElse(0.0),
                map.text("feedback").orElse(null));
    }

    private TextAnswer textAnswer(YamlMap map) {
        map.allowOnly(YamlMap.names("text", "weight", "feedback"));
        return new TextAnswer(map.requiredText("text"), map.number("weight").map(BigDecimal::doubleValue).orElse(100.0),
                map.text("feedback").orElse(null));
    }

    private NumericAnswer numericAnswer(YamlMap map) {
        map.allowOnly(YamlMap.names("value", "tolerance", "min", "max", "weight", "feedback"));
        double weight = map.number("weight").map(BigDecimal::doubleValue).orElse(100.0);
        var feedback = map.text("feedback").orElse(null);
        boolean hasValue = map.has("value");
        boolean hasRange = map.has("min") || map.has("max");
        if (hasValue && hasRange || !hasValue && !hasRange) {
            context.problemAt(map.path(),
                    "a numeric answer has either 'value' (with optional 'tolerance') or 'min' and 'max'");
            return NumericAnswer.Value.exactly(BigDecimal.ZERO);
        }
        if (hasValue) {
            return new NumericAnswer.Value(map.requiredNumber("value").orElse(BigDecimal.ZERO),
                    map.number("tolerance").orElse(BigDecimal.ZERO), weight, feedback);
        }
        if (map.has("tolerance")) {
            context.problemAt(map.join("tolerance"), "'tolerance' goes with 'value', not with 'min' and 'max'");
        }
        return new NumericAnswer.Range(map.requiredNumber("min").orElse(BigDecimal.ZERO),
                map.requiredNumber("max").orElse(BigDecimal.ZERO), weight, feedback);
    }

    private MatchPair pair(YamlMap map) {
        map.allowOnly(YamlMap.names("left", "right"));
        return new MatchPair(map.requiredText("left"), map.requiredText("right"));
    }

    private Blank blank(YamlMap map) {
        var kind = map.requiredText("kind");
        switch (kind) {
            case "choice" -> {
                map.allowOnly(YamlMap.names("kind", "options"));
                return new ChoiceBlank(items(map, "options", "option", this::singleChoiceOption));
            }
            case "text" -> {
                map.allowOnly(YamlMap.names("kind", "answers", "case_sensitive"));
                return new TextBlank(items(map, "answers", "answer", this::textAnswer), map.bool("case_sensitive").orElse(false));
            }
            case "numeric" -> {
                map.allowOnly(YamlMap.names("kind", "answers", "other_feedback"));
                return new NumericBlank(items(map, "answers", "answer", this::numericAnswer),
                        map.text("other_feedback").orElse(null));
            }
            default -> {
                if (!kind.isEmpty()) {
                    context.problemAt(map.join("kind"), "blank kind must be choice, text or numeric, found '" + kind + "'");
                }
                return new TextBlank(List.of(), false);
            }
        }
    }
}
