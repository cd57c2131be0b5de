package com.quizdeck.quiz.ui;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.deck.DeckSummary;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.QuizRules;
import com.quizdeck.quiz.QuizSettings;
import com.quizdeck.quiz.QuizSummary;
import com.quizdeck.quiz.QuizTimes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The form for a new quiz or for a quiz's settings. Every problem is shown next to its field at
 * once (the same rules the service enforces); the service has the last word.
 */
class QuizDialog extends Dialog {

    /** Calls the service with the settings; returns the saved quiz or throws its refusal. */
    interface Saver extends Function<QuizSettings, QuizSummary> {
    }

    private static final String ALL = "all";
    private static final String SOME = "some";

    final ComboBox<ClassSummary> klass = new ComboBox<>(getTranslation("quiz.form.class"));
    final ComboBox<DeckSummary> deck = new ComboBox<>(getTranslation("quiz.form.deck"));
    final TextField title = new TextField(getTranslation("quiz.form.title"));
    final DateTimePicker opens = new DateTimePicker(getTranslation("quiz.form.opens"));
    final DateTimePicker closes = new DateTimePicker(getTranslation("quiz.form.closes"));
    final IntegerField timeLimit = new IntegerField(getTranslation("quiz.form.time-limit"));
    final IntegerField attempts = new IntegerField(getTranslation("quiz.form.attempts"));
    final RadioButtonGroup<String> drawn = new RadioButtonGroup<>(getTranslation("quiz.form.questions"));
    final IntegerField questionCount = new IntegerField(getTranslation("quiz.form.how-many"));
    final Checkbox shuffleQuestions = new Checkbox(getTranslation("quiz.form.shuffle-questions"));
    final Checkbox shuffleOptions = new Checkbox(getTranslation("quiz.form.shuffle-options"));
    final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>(getTranslation("quiz.form.feedback"));
    final IntegerField points = new IntegerField(getTranslation("quiz.form.points"));
    final Checkbox showsAnswers = new Checkbox(getTranslation("quiz.form.shows-answers"));
    final Button save = new Button();

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Saver saver;
    private final Runnable onSaved;
    private boolean titleTouched;

    QuizDialog(String heading, List<ClassSummary> classes, List<DeckSummary> decks, QuizSummary existing, Saver saver,
            Runnable onSaved) {
        this.saver = saver;
        this.onSaved = onSaved;
        setHeaderTitle(heading);
        addClassName("qd-quiz-dialog");
        setWidth("min(720px, 100vw)");

        klass.setItems(classes);
        klass.setItemLabelGenerator(ClassSummary::name);
        klass.setRequiredIndicatorVisible(true);
        deck.setItems(decks);
        deck.setItemLabelGenerator(d -> getTranslation("quiz.form.deck-item", d.title(), d.questionCount()));
        deck.setRequiredIndicatorVisible(true);
        deck.addValueChangeListener(e -> {
            if (e.getValue() != null && (!titleTouched || title.isEmpty())) {
                title.setValue(e.getValue().title().length() > QuizRules.MAX_TITLE
                        ? e.getValue().title().substring(0, QuizRules.MAX_TITLE) : e.getValue().title());
                titleTouched = false;
            }
            questionCount.setHelperText(e.getValue() == null ? null : getTranslation("quiz.form.deck-has", e.getValue().questionCount()));
        });
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(QuizRules.MAX_TITLE);
        title.addValueChangeListener(e -> titleTouched = e.isFromClient());

        // No required indicator here: the date-time picker then puts aria-required on an element without a
        // role, which axe-core flags; the field starts filled in and an empty one is explained below it.
        opens.setHelperText(getTranslation("quiz.form.zone", QuizTimes.zone().getId()));
        closes.setHelperText(getTranslation("quiz.form.closes-help"));
        timeLimit.setHelperText(getTranslation("quiz.form.time-limit-help"));
        timeLimit.setMin(1);
        timeLimit.setMax(QuizRules.MAX_TIME_LIMIT_MINUTES);
        timeLimit.setStepButtonsVisible(true);
        attempts.setHelperText(getTranslation("quiz.form.attempts-help"));
        attempts.setMin(1);
        attempts.setMax(QuizRules.MAX_ATTEMPTS);
        attempts.setStepButtonsVisible(true);
        drawn.setItems(ALL, SOME);
        drawn.setItemLabelGenerator(d -> getTranslation(ALL.equals(d) ? "quiz.form.all" : "quiz.form.some"));
        drawn.addValueChangeListener(e -> questionCount.setEnabled(SOME.equals(e.getValue())));
        questionCount.setMin(1);
        questionCount.setStepButtonsVisible(true);
        feedback.setItems(FeedbackTiming.AFTER_SUBMIT, FeedbackTiming.AFTER_EACH_QUESTION);
        feedback.setItemLabelGenerator(f -> getTranslation(f == FeedbackTiming.AFTER_SUBMIT
                ? "quiz.form.after-submit" : "quiz.form.after-each"));
        points.setMin(1);
        points.setMax(QuizRules.MAX_POINTS);
        points.setStepButtonsVisible(true);

        fields.put("classId", klass);
        fields.put("deckId", deck);
        fields.put("title", title);
        fields.put("opensAt", opens);
        fields.put("closesAt", closes);
        fields.put("timeLimitMinutes", timeLimit);
        fields.put("attemptsAllowed", attempts);
        fields.put("questionCount", questionCount);
        fields.put("feedbackTiming", feedback);
        fields.put("pointsPerQuestion", points);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.add(klass, deck);
        form.add(title, 2);
        form.add(opens, closes, timeLimit, attempts, drawn, questionCount);
        form.add(shuffleQuestions, 2);
        form.add(shuffleOptions, 2);
        form.add(feedback, 2);
        form.add(points);
        form.add(showsAnswers, 2);
        add(form);

        fill(existing, classes);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("quiz.form.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void fill(QuizSummary existing, List<ClassSummary> classes) {
        if (existing == null) {
            save.setText(getTranslation("quiz.form.create"));
            if (classes.size() == 1) {
                klass.setValue(classes.getFirst());
            }
            opens.setValue(LocalDateTime.now(QuizTimes.zone()).truncatedTo(ChronoUnit.MINUTES));
            drawn.setValue(ALL);
            questionCount.setEnabled(false);
            shuffleOptions.setValue(true);
            feedback.setValue(FeedbackTiming.AFTER_SUBMIT);
            points.setValue(1);
            showsAnswers.setValue(true);
            return;
        }
        save.setText(getTranslation("quiz.form.save"));
        var s = existing.settings();
        klass.getListDataView().getItems().filter(c -> c.id().equals(s.classId())).findFirst().ifPresent(klass::setValue);
        deck.getListDataView().getItems().filter(d -> d.id().equals(s.deckId())).findFirst().ifPresent(deck::setValue);
        klass.setReadOnly(true);
        deck.setReadOnly(true);
        klass.setHelperText(getTranslation("quiz.form.keeps"));
        title.setValue(s.title());
        titleTouched = true;
        opens.setValue(LocalDateTime.ofInstant(s.opensAt(), QuizTimes.zone()));
        closes.setValue(s.closesAt() == null ? null : LocalDateTime.ofInstant(s.closesAt(), QuizTimes.zone()));
        timeLimit.setValue(s.timeLimitMinutes());
        attempts.setValue(s.attemptsAllowed());
        drawn.setValue(s.questionCount() == null ? ALL : SOME);
        questionCount.setValue(s.questionCount());
        questionCount.setEnabled(s.questionCount() != null);
        shuffleQuestions.setValue(s.shuffleQuestions());
        shuffleOptions.setValue(s.shuffleOptions());
        feedback.setValue(s.feedbackTiming());
        points.setValue(s.pointsPerQuestion());
        showsAnswers.setValue(s.reviewShowsAnswers());
        if (deck.isEmpty()) {
            deck.setHelperText(existing.deckTitle());
        }
    }

    QuizSettings settings() {
        var zone = QuizTimes.zone();
        return new QuizSettings(
                klass.getValue() == null ? null : klass.getValue().id(),
                deck.getValue() == null ? null : deck.getValue().id(),
                title.getValue(),
                opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant(),
                closes.getValue() == null ? null : closes.getValue().atZone(zone).toInstant(),
                timeLimit.getValue(),
                attempts.getValue(),
                SOME.equals(drawn.getValue()) ? Objects.requireNonNullElse(questionCount.getValue(), 0) : null,
                shuffleQuestions.getValue(),
                shuffleOptions.getValue(),
                feedback.getValue(),
                points.getValue() == null ? 0 : points.getValue(),
                showsAnswers.getValue());
    }

    private void save() {
        // A number field with text that is not a number has no value; say so rather than "no limit".
        var problems = new LinkedHashMap<String, String>();
        badInput(timeLimit, "timeLimitMinutes", problems);
        badInput(attempts, "attemptsAllowed", problems);
        badInput(points, "pointsPerQuestion", problems);
        fields.values().forEach(f -> f.setInvalid(false));
        var settings = settings();
        QuizRules.problems(settings, deck.getValue() == null ? 0 : deck.getValue().questionCount())
                .forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            problems.forEach(this::showProblem);
            return;
        }
        try {
            saver.apply(settings);
            close();
            onSaved.run();
        } catch (InvalidInputException ex) {
            showProblem(ex.field(), ex.getMessage());
        }
    }

    private void badInput(IntegerField field, String name, Map<String, String> problems) {
        if (field.getValue() == null && field.isInvalid()) {
            problems.putIfAbsent(name, getTranslation("quiz.form.whole-number"));
        }
    }

    private void showProblem(String field, String message) {
        var target = field == null ? null : fields.get(field);
        if (target == null) {
            com.quizdeck.base.ui.Notifications.error(message);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** The message shown next to a field, or null: for tests. */
    String problemOf(String field) {
        var f = fields.get(field);
        return f != null && f.isInvalid() ? f.getErrorMessage() : null;
    }
}
