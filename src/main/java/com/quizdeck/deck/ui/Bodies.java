package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.RuleViolation;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.content.Weights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/** The type-specific part of the question form: one body per question type. */
final class Bodies {

    private Bodies() {
    }

    interface Body {
        Component view();

        /** The question from the form; input that does not parse is reported in {@code problems}. */
        Question build(QuestionHeader header, List<RuleViolation> problems);
    }

    /** An empty question of a type, as a new question's form starts. */
    static Question template(QuestionType type) {
        var h = new QuestionHeader("", null, null, null, null, null, List.of(), null);
        return switch (type) {
            case SINGLE_CHOICE -> new SingleChoiceQuestion(h, List.of(Choice.wrong(""), Choice.wrong(""),
                    Choice.wrong(""), Choice.wrong("")), true);
            case MULTIPLE_RESPONSE -> new MultipleResponseQuestion(h, List.of(Choice.wrong(""), Choice.wrong(""),
                    Choice.wrong(""), Choice.wrong("")), true);
            case TRUE_FALSE -> new TrueFalseQuestion(h, true, null, null);
            case SHORT_ANSWER -> new ShortAnswerQuestion(h, List.of(TextAnswer.of("")), false, false, false);
            case NUMERIC -> new NumericQuestion(h, List.of(), null);
            case MATCHING -> new MatchingQuestion(h, List.of(new com.quizdeck.content.MatchPair("", ""),
                    new com.quizdeck.content.MatchPair("", ""), new com.quizdeck.content.MatchPair("", "")), List.of());
            case ORDERING -> new OrderingQuestion(h, List.of("", "", ""));
            case CLOZE -> new ClozeQuestion(h, null, List.of());
            case FLASHCARD -> new FlashcardQuestion(h, null, null);
            case OPEN -> new OpenQuestion(h, null);
        };
    }

    static Body of(Question question, Runnable onChange) {
        return switch (question) {
            case SingleChoiceQuestion q -> new ChoiceBody(q.options(), q.shuffle(), false, onChange);
            case MultipleResponseQuestion q -> new ChoiceBody(q.options(), q.shuffle(), true, onChange);
            case TrueFalseQuestion q -> new TrueFalseBody(q, onChange);
            case ShortAnswerQuestion q -> new ShortAnswerBody(q, onChange);
            case NumericQuestion q -> new NumericBody(q, onChange);
            case MatchingQuestion q -> new MatchingBody(q, onChange);
            case OrderingQuestion q -> new OrderingBody(q, onChange);
            case ClozeQuestion q -> new ClozeBody(q, onChange);
            case FlashcardQuestion q -> new FlashcardBody(q, onChange);
            case OpenQuestion q -> new OpenBody(q, onChange);
        };
    }

    static TextArea area(String label, String value, Runnable onChange) {
        var area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setWidthFull();
        area.addValueChangeListener(e -> onChange.run());
        return area;
    }

    static TextField field(String label, String value, Runnable onChange) {
        var field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> onChange.run());
        return field;
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Checkbox checkbox(String label, boolean value, Runnable onChange) {
        var box = new Checkbox(label, value);
        box.addValueChangeListener(e -> onChange.run());
        return box;
    }

    static final class ChoiceBody implements Body {
        final RowList<Choice> options;
        final Checkbox shuffle;
        /** Single choice: show each option's credit, for partial credit on wrong options. */
        final Checkbox partialCredit;
        final Checkbox optionFeedback;
        final Span sum = new Span();
        final boolean many;
        private final Div view;

        ChoiceBody(List<Choice> values, boolean shuffleValue, boolean many, Runnable onChange) {
            this.many = many;
            options = Rows.choices("options", many ? Rows.ChoiceMode.MULTI : Rows.ChoiceMode.SINGLE, values);
            options.onChange(onChange);
            shuffle = checkbox(translate("deck.body.shuffle"), shuffleValue, onChange);
            // Off unless used: most questions need neither, and on a phone every field is a screenful.
            partialCredit = checkbox(translate("deck.body.partial-credit"),
                    values.stream().anyMatch(c -> c.weight() != 0 && c.weight() != 100), onChange);
            optionFeedback = checkbox(translate("deck.body.option-feedback"),
                    values.stream().anyMatch(c -> c.feedback() != null), onChange);
            sum.addClassName("qd-editor-note");
            var settings = new Div(optionFeedback, shuffle);
            if (!many) {
                settings.addComponentAtIndex(0, partialCredit);
            }
            settings.addClassName("qd-editor-checks");
            view = new Div(options, settings);
            if (many) {
                view.addComponentAtIndex(1, sum);
            }
            showFields();
        }

        private void showFields() {
            for (var row : options.rows()) {
                var choice = (Rows.ChoiceRow) row;
                choice.weight.setVisible(many || partialCredit.getValue());
                choice.feedback.setVisible(optionFeedback.getValue());
            }
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            showFields();
            var list = options.read(problems);
            if (many) {
                var positive = list.stream().mapToDouble(Choice::weight).filter(w -> w > 0).sum();
                sum.setText(translate("deck.body.credit-sum", Weights.format(Math.round(positive * 100) / 100.0)));
                return new MultipleResponseQuestion(header, list, shuffle.getValue());
            }
            return new SingleChoiceQuestion(header, list, shuffle.getValue());
        }
    }

    static final class TrueFalseBody implements Body {
        final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(translate("deck.body.statement"));
        final TextField feedbackTrue;
        final TextField feedbackFalse;
        private final Div view;

        TrueFalseBody(TrueFalseQuestion q, Runnable onChange) {
            answer.setItems(true, false);
            answer.setItemLabelGenerator(b -> translate(b ? "deck.body.true" : "deck.body.false"));
            answer.setValue(q.answer());
            answer.addValueChangeListener(e -> onChange.run());
            feedbackTrue = field(translate("deck.body.feedback-true"), q.feedbackTrue(), onChange);
            feedbackFalse = field(translate("deck.body.feedback-false"), q.feedbackFalse(), onChange);
            view = new Div(answer, feedbackTrue, feedbackFalse);
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new TrueFalseQuestion(header, Boolean.TRUE.equals(answer.getValue()), orNull(feedbackTrue.getValue()),
                    orNull(feedbackFalse.getValue()));
        }
    }

    static final class ShortAnswerBody implements Body {
        final RowList<TextAnswer> answers;
        final Checkbox caseSensitive;
        final Checkbox accentInsensitive;
        final Checkbox forgiveTypo;
        private final Div view;

        ShortAnswerBody(ShortAnswerQuestion q, Runnable onChange) {
            answers = Rows.textAnswers("answers", q.answers());
            answers.onChange(onChange);
            caseSensitive = checkbox(translate("deck.body.case"), q.caseSensitive(), onChange);
            accentInsensitive = checkbox(translate("deck.body.accents"),
                    q.accentInsensitive(), onChange);
            forgiveTypo = checkbox(translate("deck.body.typo"), q.forgiveTypo(), onChange);
            var boxes = new Div(caseSensitive, accentInsensitive, forgiveTypo);
            boxes.addClassName("qd-editor-checks");
            view = new Div(answers, boxes);
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new ShortAnswerQuestion(header, answers.read(problems), caseSensitive.getValue(),
                    accentInsensitive.getValue(), forgiveTypo.getValue());
        }
    }

    static final class NumericBody implements Body {
        final RowList<com.quizdeck.content.NumericAnswer> answers;
        final TextField otherFeedback;
        private final Div view;

        NumericBody(NumericQuestion q, Runnable onChange) {
            answers = Rows.numericAnswers("answers", q.answers().isEmpty()
                    ? java.util.Collections.singletonList(null) : q.answers());
            answers.onChange(onChange);
            otherFeedback = field(translate("deck.rows.other-feedback"), q.otherFeedback(), onChange);
            view = new Div(answers, otherFeedback);
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new NumericQuestion(header, answers.read(problems), orNull(otherFeedback.getValue()));
        }
    }

    static final class MatchingBody implements Body {
        final RowList<com.quizdeck.content.MatchPair> pairs;
        final RowList<String> distractors;
        private final Div view;

        MatchingBody(MatchingQuestion q, Runnable onChange) {
            pairs = Rows.pairs("pairs", q.pairs());
            pairs.onChange(onChange);
            distractors = Rows.strings("distractors", translate("deck.body.distractors"), "extra-answer",
                    q.distractors());
            distractors.onChange(onChange);
            view = new Div(pairs, distractors);
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new MatchingQuestion(header, pairs.read(problems), distractors.read(problems));
        }
    }

    static final class OrderingBody implements Body {
        final RowList<String> items;

        OrderingBody(OrderingQuestion q, Runnable onChange) {
            items = Rows.strings("items", translate("deck.body.items"), "item", q.items());
            items.onChange(onChange);
        }

        @Override
        public Component view() {
            return items;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new OrderingQuestion(header, items.read(problems));
        }
    }

    static final class ClozeBody implements Body {
        final TextArea text;
        final RowList<com.quizdeck.content.Blank> blanks;
        final Button insert;
        private final Div view;

        ClozeBody(ClozeQuestion q, Runnable onChange) {
            text = area(translate("deck.body.cloze-text"), q.text(), onChange);
            FieldPaths.tag(text, "text");
            text.setHelperText(translate("deck.body.cloze-help"));
            blanks = Rows.blanks("blanks", q.blanks());
            blanks.onChange(onChange);
            insert = new Button(translate("deck.body.insert-blank"), VaadinIcon.INSERT.create(), e -> insertBlank());
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL);
            insert.addClassName("qd-editor-change");
            view = new Div(text, insert, blanks);
        }

        /** Adds the next placeholder at the end of the text and a blank for it. */
        private void insertBlank() {
            int next = blanks.rows().size() + 1;
            var current = text.getValue();
            text.setValue(current + (current.isEmpty() || current.endsWith(" ") ? "" : " ") + "{" + next + "}");
            blanks.addRow(new TextBlank(List.of(TextAnswer.of("")), false));
            text.focus();
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new ClozeQuestion(header, orNull(text.getValue()), blanks.read(problems));
        }
    }

    static final class FlashcardBody implements Body {
        final TextArea front;
        final TextArea back;
        private final Div view;

        FlashcardBody(FlashcardQuestion q, Runnable onChange) {
            front = area(translate("deck.body.front"), q.front(), onChange);
            back = area(translate("deck.body.back"), q.back(), onChange);
            FieldPaths.tag(front, "front");
            FieldPaths.tag(back, "back");
            view = new Div(front, back);
        }

        @Override
        public Component view() {
            return view;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new FlashcardQuestion(header, orNull(front.getValue()), orNull(back.getValue()));
        }
    }

    static final class OpenBody implements Body {
        final TextArea guidance;

        OpenBody(OpenQuestion q, Runnable onChange) {
            guidance = area(translate("deck.body.guidance"), q.guidance(), onChange);
        }

        @Override
        public Component view() {
            return guidance;
        }

        @Override
        public Question build(QuestionHeader header, List<RuleViolation> problems) {
            return new OpenQuestion(header, orNull(guidance.getValue()));
        }
    }
}
