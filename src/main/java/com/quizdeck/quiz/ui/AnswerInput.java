package com.quizdeck.quiz.ui;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.SelfRating;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.quiz.MatchingMenu;
import com.quizdeck.quiz.Shuffle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The controls for answering one question, one kind per type. Options appear in the attempt's
 * shuffled order but every response is built from the question's own indexes, so what is saved
 * and graded never depends on the order on screen. Each change is handed to {@code onAnswer} at
 * once (typing: after a short pause), which saves it on the server.
 */
abstract class AnswerInput extends Div {

    protected final Question question;
    protected final Shuffle shuffle;
    private final Consumer<Response> onAnswer;
    /** True while a saved response is being shown, so that showing it does not save it again. */
    private boolean showing;

    AnswerInput(Question question, Shuffle shuffle, Consumer<Response> onAnswer) {
        this.question = question;
        this.shuffle = shuffle;
        this.onAnswer = onAnswer;
        addClassName("qd-answer");
    }

    static AnswerInput of(Question question, Shuffle shuffle, Consumer<Response> onAnswer) {
        return switch (question) {
            case SingleChoiceQuestion q -> new SingleChoice(q, shuffle, onAnswer);
            case MultipleResponseQuestion q -> new MultipleChoice(q, shuffle, onAnswer);
            case TrueFalseQuestion q -> new TrueFalse(q, shuffle, onAnswer);
            case ShortAnswerQuestion q -> new Typed(q, shuffle, onAnswer, false);
            case NumericQuestion q -> new Typed(q, shuffle, onAnswer, true);
            case OpenQuestion q -> new Written(q, shuffle, onAnswer);
            case MatchingQuestion q -> new Matching(q, shuffle, onAnswer);
            case OrderingQuestion q -> new Ordering(q, shuffle, onAnswer);
            case ClozeQuestion q -> new Cloze(q, shuffle, onAnswer);
            case FlashcardQuestion q -> new Flashcard(q, shuffle, onAnswer);
        };
    }

    /** Shows a saved response (or none) without saving it. */
    final void show(Response response) {
        showing = true;
        try {
            display(response);
        } finally {
            showing = false;
        }
    }

    protected abstract void display(Response response);

    /** Answers can no longer change (checked, time up): the controls stay visible, disabled. */
    abstract void lock();

    protected final void answered(Response response) {
        if (!showing) {
            onAnswer.accept(response);
        }
    }

    // ---------------------------------------------------------------------------------------------

    static final class SingleChoice extends AnswerInput {
        final RadioButtonGroup<Integer> group = new RadioButtonGroup<>();

        SingleChoice(SingleChoiceQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            group.setItems(shuffle.order(0, q.options().size()));
            group.setRenderer(new ComponentRenderer<>(i -> Rich.inline(Rich.text(q, q.options().get(i).text()))));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setAriaLabel(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.options"));
            group.addClassName("qd-options");
            group.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    answered(new ChoiceResponse(e.getValue()));
                }
            });
            add(group);
        }

        @Override
        protected void display(Response response) {
            group.setValue(response instanceof ChoiceResponse r ? r.optionIndex() : null);
        }

        @Override
        void lock() {
            group.setReadOnly(true);
        }
    }

    static final class MultipleChoice extends AnswerInput {
        final CheckboxGroup<Integer> group = new CheckboxGroup<>();

        MultipleChoice(MultipleResponseQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            group.setItems(shuffle.order(0, q.options().size()));
            group.setRenderer(new ComponentRenderer<>(i -> Rich.inline(Rich.text(q, q.options().get(i).text()))));
            group.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
            group.setAriaLabel(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.options"));
            group.addClassName("qd-options");
            group.addValueChangeListener(e -> answered(new MultiChoiceResponse(e.getValue())));
            add(group);
        }

        @Override
        protected void display(Response response) {
            group.setValue(response instanceof MultiChoiceResponse r ? new HashSet<>(r.optionIndexes()) : new HashSet<>());
        }

        @Override
        void lock() {
            group.setReadOnly(true);
        }
    }

    static final class TrueFalse extends AnswerInput {
        final RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();

        TrueFalse(TrueFalseQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            group.setItems(true, false);
            group.setItemLabelGenerator(b -> com.vaadin.flow.i18n.I18NProvider.translate(b ? "quiz.true" : "quiz.false"));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setAriaLabel(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.true-false"));
            group.addClassName("qd-options");
            group.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    answered(new TrueFalseResponse(e.getValue()));
                }
            });
            add(group);
        }

        @Override
        protected void display(Response response) {
            group.setValue(response instanceof TrueFalseResponse r ? r.answer() : null);
        }

        @Override
        void lock() {
            group.setReadOnly(true);
        }
    }

    /** A short answer or a number: one line. Numbers are typed as text, so "3,5" and "1 000" are read as meant. */
    static final class Typed extends AnswerInput {
        final TextField field = new TextField();
        private final boolean numeric;

        Typed(Question q, Shuffle shuffle, Consumer<Response> onAnswer, boolean numeric) {
            super(q, shuffle, onAnswer);
            this.numeric = numeric;
            field.setLabel(com.vaadin.flow.i18n.I18NProvider.translate(numeric ? "quiz.input.number" : "quiz.input.answer"));
            if (numeric) {
                field.getElement().setAttribute("inputmode", "decimal");
                field.setHelperText(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.decimals"));
            }
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
            field.getElement().setAttribute("autocapitalize", "off");
            field.getElement().setAttribute("spellcheck", "false");
            field.setMaxLength(500);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(600);
            field.addClassName("qd-typed");
            field.addValueChangeListener(e -> answered(numeric ? new NumericResponse(e.getValue())
                    : new TextResponse(e.getValue())));
            add(field);
        }

        @Override
        protected void display(Response response) {
            var text = switch (response) {
                case TextResponse r -> r.text();
                case NumericResponse r -> r.raw();
                default -> "";
            };
            if (!field.getValue().equals(text)) {
                field.setValue(text);
            }
        }

        @Override
        void lock() {
            field.setReadOnly(true);
        }

        boolean numeric() {
            return numeric;
        }
    }

    static final class Written extends AnswerInput {
        final TextArea area = new TextArea(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.answer"));

        Written(OpenQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            area.setMaxLength(10_000);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(1000);
            area.setMinRows(5);
            area.addClassName("qd-written");
            area.addValueChangeListener(e -> answered(new OpenResponse(e.getValue())));
            add(area);
        }

        @Override
        protected void display(Response response) {
            var text = response instanceof OpenResponse r ? r.text() : "";
            if (!area.getValue().equals(text)) {
                area.setValue(text);
            }
        }

        @Override
        void lock() {
            area.setReadOnly(true);
        }
    }

    /** One menu per item on the left, offering every answer (right-hand texts and distractors) in shuffled order. */
    static final class Matching extends AnswerInput {
        final List<NativeSelect> selects = new ArrayList<>();
        private final List<String> menu;
        private final List<Integer> order;

        Matching(MatchingQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            menu = MatchingMenu.of(q);
            order = shuffle.order(0, menu.size());
            var labels = order.stream().map(menu::get).toList();
            var list = new Div();
            list.addClassName("qd-matching");
            for (int left = 0; left < q.pairs().size(); left++) {
                var leftText = Rich.inline(Rich.text(q, q.pairs().get(left).left()));
                leftText.addClassName("qd-matching-left");
                var select = new NativeSelect(labels, com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.answer-for", Rich.plain(q, q.pairs().get(left).left())));
                select.onChange(this::changed);
                selects.add(select);
                var row = new Div(leftText, select);
                row.addClassName("qd-matching-row");
                list.add(row);
            }
            add(list);
        }

        private void changed() {
            var map = new HashMap<Integer, String>();
            for (int left = 0; left < selects.size(); left++) {
                int shown = selects.get(left).selected();
                if (shown >= 0) {
                    map.put(left, menu.get(order.get(shown)));
                }
            }
            answered(new MatchingResponse(map));
        }

        @Override
        protected void display(Response response) {
            for (int left = 0; left < selects.size(); left++) {
                int shown = -1;
                if (response instanceof MatchingResponse r && r.rightByLeft().containsKey(left)) {
                    int menuIndex = menu.indexOf(r.rightByLeft().get(left).strip());
                    shown = order.indexOf(menuIndex);
                }
                selects.get(left).select(shown);
            }
        }

        @Override
        void lock() {
            selects.forEach(s -> s.setDisabled(true));
        }
    }

    /**
     * Items with up and down buttons (Alt+↑ and Alt+↓ from either button move the item too). The
     * order on screen is the answer once the student has moved an item, or said the order stands.
     */
    static final class Ordering extends AnswerInput {
        final List<Integer> current = new ArrayList<>();
        private final Div list = new Div();
        final Button keep = new Button(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.keep-order"));
        private boolean locked;
        private boolean answeredYet;

        Ordering(OrderingQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            current.addAll(shuffle.order(0, q.items().size()));
            list.addClassName("qd-ordering");
            list.getElement().setAttribute("role", "list");
            list.getElement().setAttribute("aria-label", com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.order-label"));
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            keep.addClassNames("qd-ordering-keep", "qd-saves-on-click");
            keep.addClickListener(e -> {
                answeredYet = true;
                keep.setVisible(false);
                answered(new OrderingResponse(current));
            });
            add(list, keep);
            render(-1, false);
        }

        void move(int item, int by) {
            int from = current.indexOf(item);
            int to = from + by;
            if (locked || to < 0 || to >= current.size()) {
                return;
            }
            current.remove(from);
            current.add(to, item);
            answeredYet = true;
            keep.setVisible(false);
            render(item, by < 0);
            answered(new OrderingResponse(current));
        }

        private void render(int focusItem, boolean focusUp) {
            list.removeAll();
            var q = (OrderingQuestion) question;
            for (int place = 0; place < current.size(); place++) {
                int item = current.get(place);
                var number = new Span((place + 1) + ".");
                number.addClassName("qd-ordering-number");
                var text = Rich.inline(Rich.text(q, q.items().get(item)));
                text.addClassName("qd-ordering-text");
                var plain = Rich.plain(q, q.items().get(item));
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(item, -1));
                up.setAriaLabel(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.move-up", plain));
                up.setTooltipText(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.move-up-tip"));
                var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(item, 1));
                down.setAriaLabel(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.move-down", plain));
                down.setTooltipText(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.move-down-tip"));
                for (var b : List.of(up, down)) {
                    b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
                    b.addClassName("qd-saves-on-click");
                    b.setEnabled(!locked);
                }
                up.setEnabled(!locked && place > 0);
                down.setEnabled(!locked && place < current.size() - 1);
                var buttons = new Div(up, down);
                buttons.addClassName("qd-ordering-buttons");
                var row = new Div(number, text, buttons);
                row.addClassName("qd-ordering-row");
                row.getElement().setAttribute("role", "listitem");
                Shortcuts.addShortcutListener(row, () -> move(item, -1), Key.ARROW_UP, KeyModifier.ALT).listenOn(row);
                Shortcuts.addShortcutListener(row, () -> move(item, 1), Key.ARROW_DOWN, KeyModifier.ALT).listenOn(row);
                list.add(row);
                if (item == focusItem) {
                    // Keep the keyboard where it was: on the same item's button, or the other one at an end.
                    var target = focusUp ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                    target.focus();
                }
            }
        }

        @Override
        protected void display(Response response) {
            if (response instanceof OrderingResponse r && r.itemIndexes().size() == current.size()) {
                current.clear();
                current.addAll(r.itemIndexes());
                answeredYet = true;
            }
            keep.setVisible(!answeredYet && !locked);
            render(-1, false);
        }

        @Override
        void lock() {
            locked = true;
            keep.setVisible(false);
            render(-1, false);
        }
    }

    /** The text with a control in place of each blank: a menu for a choice blank, a field for a typed one. */
    static final class Cloze extends AnswerInput {
        /** One per blank, in blank order; a NativeSelect or a TextField. */
        final List<Component> blanks = new ArrayList<>();

        Cloze(ClozeQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            for (int i = 0; i < q.blanks().size(); i++) {
                blanks.add(control(q, i));
            }
            var text = new Div();
            text.addClassName("qd-cloze");
            var matcher = ClozeQuestion.PLACEHOLDER.matcher(q.text() == null ? "" : q.text());
            int at = 0;
            var used = new HashSet<Integer>();
            while (matcher.find()) {
                addText(text, q.text().substring(at, matcher.start()));
                int n = Integer.parseInt(matcher.group(1));
                if (n >= 1 && n <= blanks.size() && used.add(n)) {
                    text.add(blanks.get(n - 1));
                } else {
                    text.add(new Span(matcher.group()));
                }
                at = matcher.end();
            }
            addText(text, q.text() == null ? "" : q.text().substring(at));
            // A blank the text forgot to mention still gets its control, after the text.
            for (int i = 0; i < blanks.size(); i++) {
                if (!used.contains(i + 1)) {
                    text.add(new Span(" {" + (i + 1) + "} "), blanks.get(i));
                }
            }
            add(text);
        }

        private void addText(Div text, String raw) {
            if (raw.isEmpty()) {
                return;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                text.add(new Span(" "));
            }
            if (!raw.isBlank()) {
                text.add(Rich.inline(question.format().toSafeHtml(raw.strip())));
            }
            if (raw.length() > 1 && Character.isWhitespace(raw.charAt(raw.length() - 1))) {
                text.add(new Span(" "));
            }
        }

        private Component control(ClozeQuestion q, int i) {
            var label = com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.blank", i + 1);
            return switch (q.blanks().get(i)) {
                case ChoiceBlank b -> {
                    var order = shuffle.order(i, b.options().size());
                    var select = new NativeSelect(order.stream().map(o -> Rich.plain(q, b.options().get(o).text())).toList(),
                            label);
                    select.onChange(this::changed);
                    yield select;
                }
                case TextBlank b -> field(label, false);
                case NumericBlank b -> field(label, true);
            };
        }

        private TextField field(String label, boolean numeric) {
            var field = new TextField();
            field.setAriaLabel(label);
            field.setPlaceholder(numeric ? com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.number-placeholder") : "");
            if (numeric) {
                field.getElement().setAttribute("inputmode", "decimal");
            }
            field.getElement().setAttribute("autocapitalize", "off");
            field.getElement().setAttribute("spellcheck", "false");
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
            field.setMaxLength(200);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(600);
            field.addClassName(numeric ? "qd-blank-number" : "qd-blank-text");
            field.addValueChangeListener(e -> changed());
            return field;
        }

        private void changed() {
            var q = (ClozeQuestion) question;
            var entries = new ArrayList<String>();
            for (int i = 0; i < blanks.size(); i++) {
                switch (blanks.get(i)) {
                    case NativeSelect s -> {
                        int shown = s.selected();
                        var options = ((ChoiceBlank) q.blanks().get(i)).options();
                        entries.add(shown < 0 ? null : ClozeResponse.choice(shuffle.order(i, options.size()).get(shown)));
                    }
                    case TextField f -> entries.add(f.getValue().isBlank() ? null : f.getValue());
                    default -> entries.add(null);
                }
            }
            answered(new ClozeResponse(entries));
        }

        @Override
        protected void display(Response response) {
            var q = (ClozeQuestion) question;
            for (int i = 0; i < blanks.size(); i++) {
                String entry = response instanceof ClozeResponse r && i < r.perBlank().size() ? r.perBlank().get(i) : null;
                switch (blanks.get(i)) {
                    case NativeSelect s -> {
                        int shown = -1;
                        if (entry != null) {
                            var options = ((ChoiceBlank) q.blanks().get(i)).options();
                            try {
                                shown = shuffle.order(i, options.size()).indexOf(Integer.parseInt(entry.strip()));
                            } catch (NumberFormatException e) {
                                shown = -1;
                            }
                        }
                        s.select(shown);
                    }
                    case TextField f -> {
                        var text = entry == null ? "" : entry;
                        if (!f.getValue().equals(text)) {
                            f.setValue(text);
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        @Override
        void lock() {
            blanks.forEach(b -> {
                if (b instanceof NativeSelect s) {
                    s.setDisabled(true);
                } else if (b instanceof TextField f) {
                    f.setReadOnly(true);
                }
            });
        }
    }

    /** Recall, turn the card over, rate yourself: the rating is the answer. */
    static final class Flashcard extends AnswerInput {
        final Button turn = new Button(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.turn"), VaadinIcon.REFRESH.create());
        final Div back;
        final List<Button> ratings = new ArrayList<>();

        Flashcard(FlashcardQuestion q, Shuffle shuffle, Consumer<Response> onAnswer) {
            super(q, shuffle, onAnswer);
            turn.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            turn.addClickListener(e -> turnOver());
            var scale = new Div();
            scale.addClassName("qd-ratings");
            scale.getElement().setAttribute("role", "group");
            scale.getElement().setAttribute("aria-label", com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.how-well"));
            for (var rating : SelfRating.values()) {
                var b = new Button(label(rating), e -> {
                    pressed(rating);
                    answered(new SelfRatedResponse(rating));
                });
                b.addClassNames("qd-rating", "qd-saves-on-click");
                b.getElement().setAttribute("aria-pressed", "false");
                ratings.add(b);
                scale.add(b);
            }
            var prompt = new Span(com.vaadin.flow.i18n.I18NProvider.translate("quiz.input.how-well"));
            prompt.addClassName("qd-ratings-label");
            var rate = new Div(prompt, scale);
            rate.addClassName("qd-rate");
            back = new Div(Rich.block(q.format().toSafeHtml(q.back()), "qd-flashcard-back-text"), rate);
            back.addClassName("qd-flashcard-back");
            back.setVisible(false);
            add(turn, back);
        }

        static String label(SelfRating rating) {
            return switch (rating) {
                case AGAIN -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.rating.again");
                case HARD -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.rating.hard");
                case GOOD -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.rating.good");
                case EASY -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.rating.easy");
            };
        }

        void turnOver() {
            turn.setVisible(false);
            back.setVisible(true);
        }

        private void pressed(SelfRating rating) {
            for (int i = 0; i < ratings.size(); i++) {
                boolean on = SelfRating.values()[i] == rating;
                ratings.get(i).getElement().setAttribute("aria-pressed", String.valueOf(on));
                if (on) {
                    ratings.get(i).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                } else {
                    ratings.get(i).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
            }
        }

        @Override
        protected void display(Response response) {
            if (response instanceof SelfRatedResponse r) {
                turnOver();
                pressed(r.rating());
            } else {
                pressed(null);
            }
        }

        @Override
        void lock() {
            turnOver();
            ratings.forEach(b -> b.setEnabled(false));
        }
    }
}
