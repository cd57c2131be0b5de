package com.quizdeck.study.ui;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.QuestionType;
import com.quizdeck.study.CardReview;
import com.quizdeck.study.CardStatus;
import com.quizdeck.study.PracticeQueue;
import com.quizdeck.study.ReviewSource;
import com.quizdeck.study.StudyCard;
import com.quizdeck.study.StudyCounts;
import com.quizdeck.study.StudyQueue;
import com.quizdeck.study.StudyScope;
import com.quizdeck.study.StudyService;
import com.quizdeck.study.fsrs.Rating;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Studying one deck, or every deck of a class: the card's front, flipped with a click or the space bar to its back,
 * rated Again/Hard/Good/Easy with buttons or the keys 1 to 4, each button showing when the card would come back.
 * Undo with the button, U or Ctrl+Z. {@code ?mode=practice} goes through every card without changing the schedule.
 * Phone first; usable with the keyboard alone; what happens is announced in a live region.
 */
@Route("study/:deckId(\\d+)")
@RouteAlias("study/class/:classId(\\d+)")
@RolesAllowed("STUDENT")
class StudyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRACTICE = "practice";
    private static final int POLL_MILLIS = 10_000;

    private final StudyService study;
    private final Clock clock;

    private StudyScope scope;
    private boolean practice;
    private UserTime time;
    private StudyCard current;
    private boolean flipped;
    private Long practiceAfter;
    private long practiceRemaining;
    private boolean waiting;
    private boolean announceToggle;
    private String doneText = "";
    private final Deque<UndoEntry> undoStack = new ArrayDeque<>();
    private Registration pollRegistration;

    /** A rating that can be taken back; in practice, also where the practice cursor was. */
    private record UndoEntry(Long reviewId, Long practiceAfter) {
    }

    final H2 title = new H2();
    final Span modeBadge = new Span(getTranslation("study.practice"));
    final Span newCount = new Span();
    final Span learningCount = new Span();
    final Span dueCount = new Span();
    private final Div counts = new Div();
    private final Paragraph practiceNote = new Paragraph(
            getTranslation("study.practice-note"));
    final Div card = new Div();
    final Span statusBadge = new Span();
    final Span typeLabel = new Span();
    private final Div frontBox = new Div();
    final Div backBox = new Div();
    private final H3 answerHeading = new H3(getTranslation("study.answer"));
    private final Div backContent = new Div();
    private final Div history = new Div();
    final Button show = new Button(getTranslation("study.show"));
    final Div rateRow = new Div();
    final Map<Rating, NativeButton> rateButtons = new EnumMap<>(Rating.class);
    final Button undo = new Button(getTranslation("study.undo"), VaadinIcon.ROTATE_LEFT.create());
    final Div done = new Div();
    private final Div studyArea = new Div();
    final Div live = new Div();
    private final Anchor modeLink = new Anchor();
    private final Anchor backLink = new Anchor("study", getTranslation("study.all"));
    private final NativeDetails settings = new NativeDetails(getTranslation("study.settings"));
    final IntegerField newPerDay = new IntegerField(getTranslation("study.new-per-day"));
    final Checkbox typedAnswers = new Checkbox(getTranslation("study.typed"));
    final TextField answerField = new TextField(getTranslation("study.your-answer"));
    final Div typedResult = new Div();
    private boolean typedMode;

    StudyView(StudyService study, Clock clock) {
        this.study = study;
        this.clock = clock;
        addClassNames("qd-page", "qd-study");

        modeBadge.getElement().getThemeList().add("badge contrast");
        modeBadge.setVisible(false);
        var head = new Div(title, modeBadge);
        head.addClassName("qd-study-head");

        newCount.addClassNames("qd-count", "qd-count-new");
        learningCount.addClassNames("qd-count", "qd-count-learning");
        dueCount.addClassNames("qd-count", "qd-count-due");
        counts.add(newCount, learningCount, dueCount);
        counts.addClassName("qd-study-counts");
        counts.getElement().setAttribute("aria-label", getTranslation("study.counts-label"));
        counts.getElement().setAttribute("role", "group");
        practiceNote.addClassNames("qd-muted", "qd-practice-note");
        practiceNote.setVisible(false);

        statusBadge.addClassName("qd-card-status");
        typeLabel.addClassName("qd-card-type");
        var cardTop = new Div(typeLabel, statusBadge);
        cardTop.addClassName("qd-card-top");
        frontBox.addClassName("qd-card-front");
        answerHeading.addClassName("qd-answer-heading");
        answerHeading.getElement().setAttribute("tabindex", "-1");
        backContent.addClassName("qd-card-back-content");
        history.addClassName("qd-card-history");
        backBox.add(answerHeading, typedResult, backContent, history);
        backBox.addClassName("qd-card-back");
        card.add(cardTop, frontBox, backBox);
        card.addClassNames("qd-card", "qd-flashcard");
        card.getElement().setAttribute("aria-label", getTranslation("study.card-label"));
        card.getElement().setAttribute("role", "region");
        card.addClickListener(e -> flip());

        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        show.addClassName("qd-show-answer");
        show.setSuffixComponent(keycap(getTranslation("study.key.space")));
        show.addClickListener(e -> flip());

        rateRow.addClassName("qd-rate-row");
        rateRow.getElement().setAttribute("role", "group");
        rateRow.getElement().setAttribute("aria-label", getTranslation("study.rate-label"));
        for (var rating : Rating.values()) {
            var button = new NativeButton();
            button.addClassNames("qd-rate", "qd-rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.addClickListener(e -> rate(rating));
            rateButtons.put(rating, button);
            rateRow.add(button);
        }

        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickListener(e -> undoLast());
        undo.setEnabled(false);
        undo.getElement().setAttribute("aria-keyshortcuts", "U");
        modeLink.addClassName("qd-mode-link");
        backLink.addClassName("qd-back-link");
        var keys = new Paragraph(getTranslation("study.keys"));
        keys.addClassNames("qd-muted", "qd-key-help");
        newPerDay.setMin(0);
        newPerDay.setMax(9999);
        newPerDay.setStepButtonsVisible(true);
        newPerDay.setHelperText(getTranslation("study.new-per-day-help"));
        newPerDay.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveNewPerDay();
            }
        });
        typedAnswers.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveTypedAnswers(e.getValue());
            }
        });
        var settingsBox = new Div(newPerDay, typedAnswers);
        settingsBox.addClassName("qd-study-settings-box");
        settings.setContent(settingsBox);
        answerField.addClassName("qd-typed-answer");
        answerField.setWidthFull();
        answerField.setHelperText(getTranslation("study.enter-shows"));
        answerField.addKeyDownListener(Key.ENTER, e -> flip());
        // Typing a space or a digit must not turn the card or rate it (the field is attached anew for each card).
        answerField.addAttachListener(e -> answerField.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' && e.key !== 'Escape') e.stopPropagation();
                });"""));
        typedResult.addClassName("qd-typed-result");
        settings.addClassName("qd-study-settings");
        var footer = new Div(undo, modeLink, backLink);
        footer.addClassName("qd-study-footer");

        studyArea.add(card, show, rateRow);
        studyArea.addClassName("qd-study-area");
        done.addClassName("qd-study-done");
        done.setVisible(false);

        live.addClassName("qd-sr-only");
        live.getElement().setAttribute("role", "status");
        live.getElement().setAttribute("aria-live", "polite");

        add(head, counts, practiceNote, studyArea, done, footer, keys, settings, live);

        Shortcuts.addShortcutListener(this, this::flip, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::undoLast, Key.KEY_U);
        Shortcuts.addShortcutListener(this, this::undoLast, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::undoLast, Key.KEY_Z, KeyModifier.META);
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};
        Key[] numpad = {Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4};
        for (var rating : Rating.values()) {
            Shortcuts.addShortcutListener(this, () -> rate(rating), digits[rating.value() - 1]);
            Shortcuts.addShortcutListener(this, () -> rate(rating), numpad[rating.value() - 1]);
        }
    }

    private static Span keycap(String key) {
        var kbd = new Span(key);
        kbd.addClassName("qd-kbd");
        kbd.getElement().setAttribute("aria-hidden", "true");
        return kbd;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        try {
            scope = params.get("classId").map(id -> StudyScope.ofClass(Long.valueOf(id)))
                    .orElseGet(() -> StudyScope.deck(Long.valueOf(params.get("deckId").orElseThrow())));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("study.no-deck"));
            return;
        }
        practice = event.getLocation().getQueryParameters().getSingleParameter("mode")
                .filter(PRACTICE::equals).isPresent();
        time = UserTime.of(event.getUI());
        try {
            var session = study.start(scope, time.zone());
            title.setText(session.title());
            event.getUI().getPage().setTitle(getTranslation(practice ? "study.page-title.practice" : "study.page-title", session.title()));
            newPerDay.setValue(session.newPerDay());
            typedMode = session.typedAnswers() && !practice;
            typedAnswers.setValue(session.typedAnswers());
            settings.setVisible(scope.kind() == StudyScope.Kind.DECK && !practice);
            setMode();
            if (practice) {
                showPractice(study.practice(scope, null));
            } else {
                showQueue(session.queue());
            }
        } catch (AccessDeniedException e) {
            // The same page as for an address that does not exist: nothing tells the two apart.
            event.rerouteToError(NotFoundException.class, getTranslation("study.not-shared"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        if (!UserTime.known(ui)) {
            // The browser's time zone arrives with its details; due times are then shown in it.
            ui.getPage().retrieveExtendedClientDetails(details -> {
                time = UserTime.of(ui);
                if (!practice && scope != null) {
                    refreshCounts();
                }
            });
        }
        pollRegistration = ui.addPollListener(e -> {
            if (waiting && scope != null) {
                showQueue(study.next(scope, time.zone()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private void setMode() {
        modeBadge.setVisible(practice);
        practiceNote.setVisible(practice);
        counts.setVisible(!practice);
        var base = basePath();
        if (practice) {
            modeLink.setText(getTranslation("study.back-to-due"));
            modeLink.setHref(base);
        } else {
            modeLink.setText(getTranslation("study.ahead"));
            modeLink.setHref(base + "?mode=" + PRACTICE);
        }
    }

    private String basePath() {
        return scope.kind() == StudyScope.Kind.DECK ? "study/" + scope.id() : "study/class/" + scope.id();
    }

    // ------------------------------------------------------------------ showing

    private void showQueue(StudyQueue queue) {
        showCounts(queue.counts());
        if (queue.hasCard()) {
            setWaiting(false);
            showCard(queue.card());
        } else {
            showDone(queue);
        }
    }

    private void showPractice(PracticeQueue queue) {
        practiceRemaining = queue.remaining();
        if (queue.hasCard()) {
            showCard(queue.card());
        } else {
            current = null;
            done.removeAll();
            done.add(new EmptyState(VaadinIcon.CHECK_CIRCLE, getTranslation("study.practice-done"),
                    getTranslation("study.practice-done-text"),
                    startOver(), backToAll()));
            setStudying(false);
            announce(getTranslation("study.practice-done-said"));
        }
    }

    private Button startOver() {
        var again = new Button(getTranslation("study.start-over"), VaadinIcon.REFRESH.create(), e -> {
            practiceAfter = null;
            undoStack.clear();
            undo.setEnabled(false);
            showPractice(study.practice(scope, null));
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return again;
    }

    private Button backToAll() {
        var button = new Button(getTranslation("study.all"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("study")));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void showCounts(StudyCounts c) {
        newCount.setText(getTranslation("study.count.new", c.newCards()));
        learningCount.setText(getTranslation("study.count.learning", c.learning()));
        dueCount.setText(getTranslation("study.count.due", c.due()));
    }

    private void refreshCounts() {
        if (scope != null && !practice) {
            showCounts(study.next(scope, time.zone()).counts());
        }
    }

    /** The done panel has its own buttons; the footer's links would only repeat them. */
    private void setStudying(boolean studying) {
        studyArea.setVisible(studying);
        done.setVisible(!studying);
        modeLink.setVisible(studying);
        backLink.setVisible(studying);
    }

    private void showCard(StudyCard next) {
        current = next;
        flipped = false;
        setStudying(true);
        typeLabel.setText(CardFaces.typeLabel(next.question().type()));
        statusBadge.setText(statusText(next.status()));
        statusBadge.getElement().setAttribute("data-status", next.status().name().toLowerCase(Locale.ROOT));
        frontBox.removeAll();
        frontBox.add(CardFaces.front(next.question(), next.cardId() * 31 + next.reps()));
        typedResult.removeAll();
        typedResult.setVisible(false);
        boolean typing = typesAnswer(next);
        if (typing) {
            answerField.clear();
            answerField.setReadOnly(false);
            frontBox.add(answerField);
        }
        backContent.removeAll();
        backContent.add(CardFaces.back(next.question()));
        history.removeAll();
        backBox.setVisible(false);
        card.removeClassName("qd-flipped");
        show.setVisible(true);
        rateRow.setVisible(false);
        for (var rating : Rating.values()) {
            var button = rateButtons.get(rating);
            button.removeAll();
            button.removeClassName("qd-suggested");
            var label = new Span(ratingName(rating));
            label.addClassName("qd-rate-name");
            button.add(label);
            var interval = next.intervals().get(rating);
            String spoken = ratingName(rating);
            if (interval != null) {
                var when = new Span(Intervals.label(interval, getLocale()));
                when.addClassName("qd-rate-interval");
                button.add(when);
                spoken = getTranslation("study.rate-spoken", spoken, Intervals.words(interval, getLocale()));
            }
            button.add(keycap(Integer.toString(rating.value())));
            button.getElement().setAttribute("aria-label", spoken);
            button.getElement().setAttribute("aria-keyshortcuts", Integer.toString(rating.value()));
        }
        if (typing) {
            answerField.focus();
        } else {
            show.focus();
        }
    }

    private void showDone(StudyQueue queue) {
        current = null;
        done.removeAll();
        var now = clock.instant();
        String when;
        if (queue.nextDue() != null) {
            when = getTranslation("study.next-due", time.untilDue(queue.nextDue(), now));
        } else {
            when = getTranslation("study.nothing-scheduled");
        }
        if (queue.newWaiting() > 0) {
            when += " " + getTranslation("study.new-waiting", queue.newWaiting());
        }
        var practiceButton = new Button(getTranslation("study.ahead"),
                e -> getUI().ifPresent(ui -> ui.navigate(basePath(), QueryParameters.of("mode", PRACTICE))));
        practiceButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var state = new EmptyState(VaadinIcon.CHECK_CIRCLE, getTranslation("study.caught-up"), when, practiceButton, backToAll());
        state.addClassName("qd-caught-up");
        done.add(state);
        setStudying(false);
        // A learning card due within the next half hour comes back by itself.
        boolean soon = queue.nextDue() != null
                && Duration.between(now, queue.nextDue()).compareTo(Duration.ofMinutes(30)) <= 0;
        setWaiting(soon);
        doneText = getTranslation("study.caught-up-said", when);
        announce(doneText);
    }

    private void setWaiting(boolean value) {
        waiting = value;
        getUI().ifPresent(ui -> ui.setPollInterval(value ? POLL_MILLIS : -1));
    }

    // ------------------------------------------------------------------ acting

    void flip() {
        if (current == null || flipped) {
            return;
        }
        flipped = true;
        String typedAnnouncement = "";
        if (typesAnswer(current)) {
            answerField.setReadOnly(true);
            typedAnnouncement = showTypedResult(answerField.getValue());
        }
        backBox.setVisible(true);
        card.addClassName("qd-flipped");
        show.setVisible(false);
        rateRow.setVisible(true);
        showHistory();
        answerHeading.getElement().executeJs("this.focus({preventScroll: false})");
        announce(getTranslation("study.answer-shown", typedAnnouncement));
    }

    private boolean typesAnswer(StudyCard card) {
        return typedMode && card != null && (card.question().type() == QuestionType.SHORT_ANSWER
                || card.question().type() == QuestionType.FLASHCARD);
    }

    /**
     * What the grader makes of the typed answer, with an icon and words (never colour alone), and the rating it
     * suggests, marked on its button. Returns what to announce.
     */
    private String showTypedResult(String typed) {
        typedResult.removeAll();
        typedResult.setVisible(true);
        if (typed == null || typed.isBlank()) {
            typedResult.add(new Span(getTranslation("study.no-typed")));
            return "";
        }
        var yours = new Span(getTranslation("study.typed-yours", typed));
        yours.addClassName("qd-typed-yours");
        var check = study.checkTypedAnswer(current.cardId(), typed);
        if (!check.graded()) {
            typedResult.add(yours, new Span(getTranslation("study.compare")));
            return getTranslation("study.compare-said");
        }
        var icon = (check.correct() ? VaadinIcon.CHECK_CIRCLE : check.fraction() > 0 ? VaadinIcon.ADJUST
                : VaadinIcon.CLOSE_CIRCLE).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        String verdict = getTranslation(check.correct() ? "study.verdict.right" : check.fraction() > 0 ? "study.verdict.partly"
                : "study.verdict.wrong");
        var verdictSpan = new Span(icon, new Span(verdict));
        verdictSpan.addClassNames("qd-typed-verdict",
                check.correct() ? "qd-verdict-right" : check.fraction() > 0 ? "qd-verdict-partial" : "qd-verdict-wrong");
        var suggestion = new Span(getTranslation("study.suggested", ratingName(check.suggested()),
                check.suggested().value()));
        suggestion.addClassName("qd-typed-suggestion");
        typedResult.add(verdictSpan, yours, suggestion);
        var button = rateButtons.get(check.suggested());
        button.addClassName("qd-suggested");
        button.getElement().setAttribute("aria-label",
                getTranslation("study.suggested-label", button.getElement().getAttribute("aria-label")));
        return getTranslation("study.suggested-said", verdict, ratingName(check.suggested())) + " ";
    }

    private void saveTypedAnswers(boolean value) {
        study.setTypedAnswers(scope.id(), value);
        typedMode = value && !practice;
        if (current != null && !flipped) {
            showCard(current);
        }
        announce(value ? getTranslation("study.typed-on") : getTranslation("study.typed-off"));
    }

    private void showHistory() {
        var reviews = study.history(current.cardId());
        if (reviews.isEmpty()) {
            history.add(new Span(current.status() == CardStatus.NEW ? getTranslation("study.first-time")
                    : getTranslation("study.no-reviews")));
            return;
        }
        var label = new Span(getTranslation("study.earlier"));
        label.addClassName("qd-history-label");
        history.add(label);
        reviews.stream().limit(3).forEach(r -> history.add(historyLine(r)));
    }

    private Div historyLine(CardReview review) {
        var line = new Div(new Span(time.dateTime(review.reviewedAt())), new Span(sourceText(review.source())),
                new Span(ratingName(review.rating())));
        line.addClassName("qd-history-line");
        return line;
    }

    void rate(Rating rating) {
        if (current == null || !flipped) {
            return;
        }
        var card = current;
        if (practice) {
            var reviewId = study.practiceRate(card.cardId(), rating, scope);
            pushUndo(new UndoEntry(reviewId, practiceAfter));
            practiceAfter = card.cardId();
            announce(getTranslation("study.practice-rated", ratingName(rating), practiceRemaining - 1));
            showPractice(study.practice(scope, practiceAfter));
            return;
        }
        var rated = study.rate(card.cardId(), rating, scope, time.zone());
        pushUndo(new UndoEntry(rated.reviewId(), null));
        var back = Intervals.words(rated.interval(), getLocale());
        showQueue(rated.next());
        announce(getTranslation("study.rated", ratingName(rating), back) + " "
                + (rated.next().hasCard() ? getTranslation("study.next-card") : doneText));
    }

    private void pushUndo(UndoEntry entry) {
        undoStack.push(entry);
        undo.setEnabled(true);
    }

    void undoLast() {
        var entry = undoStack.poll();
        if (entry == null) {
            return;
        }
        undo.setEnabled(!undoStack.isEmpty());
        try {
            var queue = study.undo(entry.reviewId(), scope, time.zone());
            if (practice) {
                practiceAfter = entry.practiceAfter();
                practiceRemaining++;
                setWaiting(false);
                showCard(queue.card());
            } else {
                showQueue(queue);
            }
            announce(getTranslation("study.undone"));
        } catch (IllegalStateException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void saveNewPerDay() {
        var value = newPerDay.getValue();
        if (value == null) {
            return;
        }
        try {
            study.setNewCardsPerDay(scope.id(), value);
            newPerDay.setInvalid(false);
            var queue = study.next(scope, time.zone());
            if (current == null || current.status() == CardStatus.NEW && !queue.hasCard()) {
                showQueue(queue);
            } else {
                showCounts(queue.counts());
            }
            announce(getTranslation("study.new-per-day-said", value));
        } catch (InvalidInputException e) {
            newPerDay.setErrorMessage(e.getMessage());
            newPerDay.setInvalid(true);
        }
    }

    private void announce(String text) {
        // The same words twice must still be read: alternate an invisible difference.
        announceToggle = !announceToggle;
        live.setText(text + (announceToggle ? "" : "\u00A0"));
    }

    static String ratingName(Rating rating) {
        return switch (rating) {
            case AGAIN -> I18NProvider.translate("study.rating.again");
            case HARD -> I18NProvider.translate("study.rating.hard");
            case GOOD -> I18NProvider.translate("study.rating.good");
            case EASY -> I18NProvider.translate("study.rating.easy");
        };
    }

    static String statusText(CardStatus status) {
        return switch (status) {
            case NEW -> I18NProvider.translate("study.status.new");
            case LEARNING -> I18NProvider.translate("study.status.learning");
            case REVIEW -> I18NProvider.translate("study.status.review");
            case RELEARNING -> I18NProvider.translate("study.status.relearning");
        };
    }

    static String sourceText(ReviewSource source) {
        return switch (source) {
            case STUDY -> I18NProvider.translate("study.source.study");
            case QUIZ -> I18NProvider.translate("study.source.quiz");
            case LIVE -> I18NProvider.translate("study.source.live");
            case CRAM -> I18NProvider.translate("study.practice");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.page-title.plain");
    }
}
