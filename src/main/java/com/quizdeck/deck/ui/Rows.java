package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.content.Blank;
import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.RuleViolation;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The rows of the question form's lists, and the lists that need more than add, move and remove. */
final class Rows {

    private Rows() {
    }

    enum ChoiceMode {
        /** Exactly one option is correct (weight 100); ticking one unticks the others. */
        SINGLE,
        /** Correct options share 100% evenly when ticked; weights can be set by hand. */
        MULTI
    }

    static RowList<Choice> choices(String path, ChoiceMode mode, List<Choice> values) {
        var list = new RowList<Choice>(path, translate(mode == ChoiceMode.SINGLE ? "deck.rows.options-single"
                : "deck.rows.options-multi"), "option", c -> new ChoiceRow(mode, c), () -> Choice.wrong(""), values);
        list.addClassName("qd-editor-choices");
        return list;
    }

    /** An option: correct tick, text, credit and the feedback shown to whoever picks it. */
    static final class ChoiceRow extends Row<Choice> {
        final ChoiceMode mode;
        final Checkbox correct = new Checkbox(translate("deck.rows.correct"));
        final TextField text;
        final TextField weight;
        final TextField feedback;
        private boolean syncing;

        ChoiceRow(ChoiceMode mode, Choice choice) {
            this.mode = mode;
            text = listen(text(translate("deck.rows.option.label"), choice.text()));
            text.addClassName("qd-editor-grow");
            weight = listen(number(translate("deck.rows.credit"), weightText(choice.weight())));
            feedback = listen(text(translate("deck.rows.feedback-chosen"), choice.feedback()));
            feedback.addClassName("qd-editor-grow");
            correct.setValue(isCorrect(choice.weight()));
            correct.addValueChangeListener(e -> {
                if (!syncing) {
                    var list = findAncestor(RowList.class);
                    correctToggled(list == null ? List.of(this) : list.rows(), e.getValue());
                    changed();
                }
            });
            weight.addValueChangeListener(e -> {
                if (!syncing) {
                    syncTick();
                }
            });
            fields.add(correct, text, weight, feedback);
            fields.addClassName("qd-editor-choice-fields");
        }

        private boolean isCorrect(double w) {
            return mode == ChoiceMode.SINGLE ? w == 100 : w > 0;
        }

        private void syncTick() {
            try {
                syncing = true;
                correct.setValue(isCorrect(parse(weight.getValue())));
            } finally {
                syncing = false;
            }
        }

        private void setWeight(double w) {
            try {
                syncing = true;
                weight.setValue(weightText(w));
                correct.setValue(isCorrect(w));
            } finally {
                syncing = false;
            }
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private void correctToggled(List rows, boolean ticked) {
            List<ChoiceRow> all = rows.stream().filter(r -> r instanceof ChoiceRow).toList();
            if (mode == ChoiceMode.SINGLE) {
                for (var row : all) {
                    if (row == this) {
                        row.setWeight(ticked ? 100 : 0);
                    } else if (ticked && parse(row.weight.getValue()) == 100) {
                        row.setWeight(0);
                    }
                }
                return;
            }
            var ticks = all.stream().filter(r -> r.correct.getValue()).toList();
            var share = ticks.isEmpty() ? 0 : BigDecimal.valueOf(100).divide(BigDecimal.valueOf(ticks.size()), 2,
                    RoundingMode.HALF_UP).doubleValue();
            for (var row : all) {
                double w = parse(row.weight.getValue());
                if (row.correct.getValue()) {
                    row.setWeight(share);
                } else if (w > 0) {
                    row.setWeight(0);
                }
            }
        }

        private static double parse(String s) {
            try {
                return s == null || s.isBlank() ? 0 : Double.parseDouble(s.replace("%", "").strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** Hidden credit reads as the tick says (single choice); hidden feedback reads as none. */
        @Override
        Choice read(List<RuleViolation> problems, String path) {
            double w = weight.isVisible() ? weight(weight, problems, path + ".weight") : correct.getValue() ? 100 : 0;
            return new Choice(text.getValue(), w, feedback.isVisible() ? orNull(feedback) : null);
        }

        @Override
        void tag(String path, int index) {
            FieldPaths.tag(text, path + ".text").setLabel(translate("deck.rows.option.label-n", index + 1));
            FieldPaths.tag(weight, path + ".weight");
            correct.setAriaLabel(translate("deck.rows.option.correct-n", index + 1));
        }
    }

    static RowList<TextAnswer> textAnswers(String path, List<TextAnswer> values) {
        return new RowList<>(path, translate("deck.rows.answers"), "answer", TextAnswerRow::new, () -> TextAnswer.of(""), values);
    }

    static final class TextAnswerRow extends Row<TextAnswer> {
        final TextField text;
        final TextField weight;
        final TextField feedback;

        TextAnswerRow(TextAnswer answer) {
            text = listen(text(translate("deck.rows.answer.label"), answer.text()));
            text.addClassName("qd-editor-grow");
            text.setHelperText(translate("deck.rows.answer.help"));
            weight = listen(number(translate("deck.rows.credit"), weightText(answer.weight())));
            feedback = listen(text(translate("deck.rows.feedback-given"), answer.feedback()));
            feedback.addClassName("qd-editor-grow");
            fields.add(text, weight, feedback);
        }

        @Override
        TextAnswer read(List<RuleViolation> problems, String path) {
            return new TextAnswer(text.getValue(), weight(weight, problems, path + ".weight"), orNull(feedback));
        }

        @Override
        void tag(String path, int index) {
            FieldPaths.tag(text, path + ".text").setLabel(translate("deck.rows.answer.label-n", index + 1));
            FieldPaths.tag(weight, path + ".weight");
        }
    }

    static RowList<NumericAnswer> numericAnswers(String path, List<NumericAnswer> values) {
        // A new row starts empty (null): "0" would read as an answer someone chose.
        return new RowList<>(path, translate("deck.rows.numbers"), "number", NumericAnswerRow::new, () -> null, values);
    }

    /** A value with a tolerance, or a range; both with credit and feedback. */
    static final class NumericAnswerRow extends Row<NumericAnswer> {
        /** The kinds of row, named on screen by {@code deck.rows.number.kind.<kind>}. */
        static final String VALUE = "value";
        static final String RANGE = "range";
        final Select<String> kind = new Select<>();
        final TextField value;
        final TextField tolerance;
        final TextField min;
        final TextField max;
        final TextField weight;
        final TextField feedback;

        NumericAnswerRow(NumericAnswer answer) {
            kind.setLabel(translate("deck.rows.number.kind"));
            kind.setItems(VALUE, RANGE);
            kind.setItemLabelGenerator(k -> translate("deck.rows.number.kind." + k));
            var v = answer instanceof NumericAnswer.Value x ? x : null;
            var r = answer instanceof NumericAnswer.Range x ? x : null;
            value = listen(number(translate("deck.rows.number.label"), v == null || v.value() == null ? ""
                    : v.value().toPlainString()));
            tolerance = listen(number(translate("deck.rows.number.tolerance"), v == null || v.tolerance().signum() == 0 ? ""
                    : v.tolerance().toPlainString()));
            min = listen(number(translate("deck.rows.number.from"), r == null ? "" : r.min().toPlainString()));
            max = listen(number(translate("deck.rows.number.to"), r == null ? "" : r.max().toPlainString()));
            weight = listen(number(translate("deck.rows.credit"), weightText(answer == null ? 100 : answer.weight())));
            feedback = listen(text(translate("deck.rows.feedback-given"), answer == null ? null : answer.feedback()));
            feedback.addClassName("qd-editor-grow");
            kind.setValue(r != null ? RANGE : VALUE);
            kind.addValueChangeListener(e -> {
                showKind();
                changed();
            });
            showKind();
            fields.add(kind, value, tolerance, min, max, weight, feedback);
        }

        private void showKind() {
            boolean range = RANGE.equals(kind.getValue());
            value.setVisible(!range);
            tolerance.setVisible(!range);
            min.setVisible(range);
            max.setVisible(range);
        }

        @Override
        NumericAnswer read(List<RuleViolation> problems, String path) {
            double w = weight(weight, problems, path + ".weight");
            if (RANGE.equals(kind.getValue())) {
                var from = decimal(min, problems, path + ".min", true);
                var to = decimal(max, problems, path + ".max", true);
                return from == null || to == null ? null : new NumericAnswer.Range(from, to, w, orNull(feedback));
            }
            var number = decimal(value, problems, path + ".value", true);
            var tol = decimal(tolerance, problems, path + ".tolerance", false);
            return number == null ? null : new NumericAnswer.Value(number, tol, w, orNull(feedback));
        }

        @Override
        void tag(String path, int index) {
            FieldPaths.tag(value, path + ".value").setLabel(translate("deck.rows.number.label-n", index + 1));
            FieldPaths.tag(tolerance, path + ".tolerance");
            FieldPaths.tag(min, path + ".min");
            FieldPaths.tag(max, path + ".max");
            FieldPaths.tag(weight, path + ".weight");
        }
    }

    static RowList<MatchPair> pairs(String path, List<MatchPair> values) {
        return new RowList<>(path, translate("deck.rows.pairs"), "pair", PairRow::new, () -> new MatchPair("", ""), values);
    }

    static final class PairRow extends Row<MatchPair> {
        final TextField left;
        final TextField right;

        PairRow(MatchPair pair) {
            left = listen(text(translate("deck.rows.pair.left"), pair.left()));
            right = listen(text(translate("deck.rows.pair.right"), pair.right()));
            left.addClassName("qd-editor-grow");
            right.addClassName("qd-editor-grow");
            fields.add(left, right);
        }

        @Override
        MatchPair read(List<RuleViolation> problems, String path) {
            return new MatchPair(left.getValue(), right.getValue());
        }

        @Override
        void tag(String path, int index) {
            FieldPaths.tag(left, path + ".left").setLabel(translate("deck.rows.pair.left-n", index + 1));
            FieldPaths.tag(right, path + ".right").setLabel(translate("deck.rows.pair.right-n", index + 1));
        }
    }

    /** A list of plain texts; each row is labelled by {@code deck.rows.<noun>.label} and {@code .label-n}. */
    static RowList<String> strings(String path, String title, String noun, List<String> values) {
        return new RowList<>(path, title, noun, s -> new StringRow(noun, s), () -> "", values);
    }

    static final class StringRow extends Row<String> {
        final String noun;
        final TextField text;

        StringRow(String noun, String value) {
            this.noun = noun;
            text = listen(text(translate("deck.rows." + noun + ".label"), value));
            text.addClassName("qd-editor-grow");
            fields.add(text);
        }

        @Override
        String read(List<RuleViolation> problems, String path) {
            return text.getValue();
        }

        @Override
        void tag(String path, int index) {
            FieldPaths.tag(text, path).setLabel(translate("deck.rows." + noun + ".label-n", index + 1));
        }
    }

    static RowList<Blank> blanks(String path, List<Blank> values) {
        return new RowList<>(path, translate("deck.rows.blanks"), "blank", BlankRow::new,
                () -> new TextBlank(List.of(TextAnswer.of("")), false), values);
    }

    /** Blank n of a cloze text: a menu of options, a typed word or a typed number. */
    static final class BlankRow extends Row<Blank> {
        /** The kinds of blank, named on screen by {@code deck.rows.blank.kind.<kind>}. */
        static final String CHOICE = "choice";
        static final String TEXT = "text";
        static final String NUMBER = "number";
        final Select<String> kind = new Select<>();
        final RowList<Choice> options;
        final RowList<TextAnswer> answers;
        final RowList<NumericAnswer> numbers;
        final Checkbox caseSensitive = new Checkbox(translate("deck.rows.blank.case"));
        final TextField otherFeedback;
        final com.vaadin.flow.component.html.Span title = new com.vaadin.flow.component.html.Span();

        BlankRow(Blank blank) {
            addClassName("qd-editor-blank-row");
            kind.setItems(CHOICE, TEXT, NUMBER);
            kind.setItemLabelGenerator(k -> translate("deck.rows.blank.kind." + k));
            kind.setLabel(translate("deck.rows.blank.kind"));
            options = choices("options", ChoiceMode.SINGLE, blank instanceof ChoiceBlank c ? c.options()
                    : List.of(Choice.correct(""), Choice.wrong(""), Choice.wrong("")));
            answers = textAnswers("answers", blank instanceof TextBlank t ? t.answers() : List.of(TextAnswer.of("")));
            numbers = numericAnswers("answers", blank instanceof NumericBlank n ? n.answers()
                    : java.util.Collections.singletonList(null));
            caseSensitive.setValue(blank instanceof TextBlank t && t.caseSensitive());
            otherFeedback = listen(text(translate("deck.rows.other-feedback"),
                    blank instanceof NumericBlank n ? n.otherFeedback() : null));
            listen(caseSensitive);
            options.onChange(this::changed);
            answers.onChange(this::changed);
            numbers.onChange(this::changed);
            kind.setValue(switch (blank) {
                case ChoiceBlank c -> CHOICE;
                case TextBlank t -> TEXT;
                case NumericBlank n -> NUMBER;
            });
            kind.addValueChangeListener(e -> {
                showKind();
                changed();
            });
            title.addClassName("qd-editor-blank-title");
            fields.add(title, kind, options, answers, caseSensitive, numbers, otherFeedback);
            showKind();
        }

        private void showKind() {
            options.setVisible(CHOICE.equals(kind.getValue()));
            answers.setVisible(TEXT.equals(kind.getValue()));
            caseSensitive.setVisible(TEXT.equals(kind.getValue()));
            numbers.setVisible(NUMBER.equals(kind.getValue()));
            otherFeedback.setVisible(NUMBER.equals(kind.getValue()));
        }

        @Override
        Blank read(List<RuleViolation> problems, String path) {
            return switch (kind.getValue()) {
                case CHOICE -> new ChoiceBlank(options.read(problems));
                case NUMBER -> new NumericBlank(numbers.read(problems), orNull(otherFeedback));
                default -> new TextBlank(answers.read(problems), caseSensitive.getValue());
            };
        }

        @Override
        void tag(String path, int index) {
            title.setText(translate("deck.rows.blank.title", index + 1));
            options.setPath(path + ".options");
            answers.setPath(path + ".answers");
            numbers.setPath(path + ".answers");
        }

        @Override
        void setReadOnly(boolean readOnly) {
            super.setReadOnly(readOnly);
            options.setReadOnly(readOnly);
            answers.setReadOnly(readOnly);
            numbers.setReadOnly(readOnly);
        }
    }
}
