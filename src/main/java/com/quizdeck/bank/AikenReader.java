package com.quizdeck.bank;

import com.quizdeck.content.Choice;
import com.quizdeck.content.Deck;
import com.quizdeck.content.IdAllocator;
import com.quizdeck.content.Ids;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Moodle's Aiken format: a question (one or more lines), options {@code A.} or {@code A)},
 * then {@code ANSWER: X}. Aiken is plain text, so questions are imported as {@link TextFormat#PLAIN}.
 */
final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:[ \\t]*(\\S*)[ \\t]*$");

    private AikenReader() {
    }

    /** A question being collected. */
    private static final class Draft {
        final int line;
        final List<String> prompt = new ArrayList<>();
        final List<String> letters = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        final List<Integer> optionLines = new ArrayList<>();

        Draft(int line) {
            this.line = line;
        }
    }

    static BankReadResult read(String file, String text) {
        var problems = new Problems(file);
        var positions = new SourcePositions(SourcePosition.START);
        var questions = new ArrayList<Question>();
        var ids = new IdAllocator();
        Draft draft = null;
        var lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var option = OPTION.matcher(line);
            var answer = ANSWER.matcher(line);
            if (answer.matches()) {
                if (draft == null || draft.prompt.isEmpty()) {
                    problems.add(lineNumber, 1, "'ANSWER:' without a question above it");
                } else if (questions.size() == BankLimits.MAX_QUESTIONS) {
                    problems.add(draft.line, 1, BankLimits.TOO_MANY_QUESTIONS);
                    return BankReadResult.failed(problems.sorted());
                } else {
                    finish(draft, answer.group(1), lineNumber, ids, questions, positions, problems);
                }
                draft = null;
            } else if (option.matches() && draft != null && !draft.prompt.isEmpty()) {
                draft.letters.add(option.group(1));
                draft.options.add(option.group(2).strip());
                draft.optionLines.add(lineNumber);
            } else if (draft != null && !draft.options.isEmpty()) {
                problems.add(draft.line, 1, "this question has no 'ANSWER:' line after its options");
                draft = new Draft(lineNumber);
                draft.prompt.add(line);
            } else {
                if (draft == null) {
                    draft = new Draft(lineNumber);
                }
                draft.prompt.add(line);
            }
        }
        if (draft != null) {
            problems.add(draft.line, 1, "this question has no 'ANSWER:' line after its options");
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(SourcePosition.START, "no questions found; an Aiken question is a line of text, options"
                    + " 'A. ...', 'B. ...' and a line 'ANSWER: A'");
        }
        if (!problems.isEmpty()) {
            return BankReadResult.failed(problems.sorted());
        }
        var deck = Deck.of(FileNames.deckId(file), FileNames.title(file), questions);
        ContentRules.report(deck, positions, List.of(), problems);
        return new BankReadResult(List.of(deck), problems.sorted());
    }

    private static void finish(Draft draft, String letter, int answerLine, IdAllocator ids,
            List<Question> questions, SourcePositions positions, Problems problems) {
        if (draft.options.size() < 2) {
            problems.add(draft.line, 1, "an Aiken question needs at least 2 options 'A. ...', 'B. ...'");
            return;
        }
        int correct = draft.letters.indexOf(letter);
        if (correct < 0) {
            problems.add(answerLine, 1, "'ANSWER: " + letter + "' names no option; the options are "
                    + String.join(", ", draft.letters));
            return;
        }
        var options = new ArrayList<Choice>();
        for (int i = 0; i < draft.options.size(); i++) {
            options.add(i == correct ? Choice.correct(draft.options.get(i)) : Choice.wrong(draft.options.get(i)));
            positions.put("questions[" + questions.size() + "].options[" + i + "]",
                    new SourcePosition(draft.optionLines.get(i), 1));
        }
        var prompt = String.join("\n", draft.prompt);
        positions.put("questions[" + questions.size() + "]", new SourcePosition(draft.line, 1));
        var id = ids.allocate(Ids.slug(prompt, 40, "q"));
        var header = new QuestionHeader(id, null, TextFormat.PLAIN, prompt, null, null, List.of(), null);
        questions.add(new SingleChoiceQuestion(header, options, true));
    }
}
