package com.quizdeck.quiz.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.grading.Response;
import com.quizdeck.quiz.AttemptClosedException;
import com.quizdeck.quiz.AttemptItem;
import com.quizdeck.quiz.AttemptPage;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.QuizTimes;
import com.quizdeck.quiz.ReviewItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Taking an attempt, one question per page, with a navigator that shows answered and flagged
 * questions. Every answer is saved on the server when given and only then acknowledged ("Saved");
 * the page polls every few seconds so that it notices answers from another tab and the end of the
 * time, which the server alone decides.
 */
@Route("attempts/:attemptId")
@RolesAllowed("STUDENT")
class AttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 10_000;

    private final AttemptService attempts;
    private Long attemptId;
    private AttemptPage page;
    /** What this page knows of each question: answer row version, saved response, flag. */
    private final Map<Integer, Long> versions = new HashMap<>();
    private final Map<Integer, Response> responses = new HashMap<>();
    private final Map<Integer, Boolean> flags = new HashMap<>();
    private final Map<Integer, ReviewItem> checked = new HashMap<>();
    private int current;

    private final H2 title = new H2();
    final Span saveStatus = new Span();
    private final Span announcer = new Span();
    final Countdown countdown = new Countdown();
    final Div warning = new Div();
    private final Div timer = new Div();
    private final Span progress = new Span();
    final Nav navigator = new Nav();
    private final List<Button> navButtons = new ArrayList<>();
    final Section questionCard = new Section();
    final Button previous = new Button(getTranslation("quiz.attempt.previous"), VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(getTranslation("quiz.attempt.next"), VaadinIcon.ARROW_RIGHT.create());
    final Button finish = new Button(getTranslation("quiz.attempt.finish"), VaadinIcon.FLAG_CHECKERED.create());
    final Button flag = new Button();
    AnswerInput input;
    private Registration poll;

    AttemptView(AttemptService attempts) {
        this.attempts = attempts;
        addClassNames("qd-page", "qd-attempt");
        // Listeners once: the router reuses this view when it opens another attempt.
        countdown.onWarning(this::warn);
        countdown.onExpired(this::timeUp);
        finish.addClickListener(e -> confirmFinish());
        previous.addClickListener(e -> go(current - 1));
        next.addClickListener(e -> {
            if (current < page.items().size() - 1) {
                go(current + 1);
            } else {
                confirmFinish();
            }
        });
        flag.addClickListener(e -> toggleFlag());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            attemptId = Long.valueOf(event.getRouteParameters().get("attemptId").orElse(""));
            page = attempts.resume(attemptId);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.review.not-found"));
            return;
        }
        if (page.state().finished()) {
            event.forwardTo(ReviewView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
            return;
        }
        build();
    }

    // --------------------------------------------------------------------------------- layout

    private void build() {
        removeAll();
        input = null;
        title.setText(page.quizTitle());
        title.addClassName("qd-attempt-title");
        var attemptNo = new Span(getTranslation("quiz.attempt.number", page.attemptNo()));
        attemptNo.addClassName("qd-muted");

        saveStatus.addClassName("qd-save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        saveStatus.setText(getTranslation("quiz.attempt.saved-as-you-go"));
        announcer.addClassName("qd-visually-hidden");
        announcer.getElement().setAttribute("aria-live", "assertive");

        timer.removeAll();
        timer.addClassName("qd-countdown");
        var clock = VaadinIcon.CLOCK.create();
        clock.getElement().setAttribute("aria-hidden", "true");
        var timeLabel = new Span(getTranslation("quiz.attempt.time-left") + " ");
        timeLabel.addClassName("qd-countdown-label");
        timer.add(clock, timeLabel, countdown);
        timer.setVisible(page.deadline() != null);
        timer.removeClassName("qd-countdown-low");
        countdown.reset();
        var head = new Div(new Div(title, attemptNo), new Div(timer, saveStatus), announcer);
        head.addClassName("qd-attempt-head");

        navigator.addClassName("qd-navigator");
        navigator.getElement().setAttribute("aria-label", getTranslation("quiz.attempt.questions"));
        progress.addClassName("qd-navigator-progress");
        var grid = new Div();
        grid.addClassName("qd-navigator-grid");
        navButtons.clear();
        for (var item : page.items()) {
            int position = item.position();
            var b = new Button(String.valueOf(position + 1), e -> go(position));
            b.addClassName("qd-nav-question");
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            navButtons.add(b);
            grid.add(b);
        }
        var legend = new Div(legendEntry("qd-legend-answered", "answered"), legendEntry("qd-legend-flagged", "flagged"));
        legend.addClassName("qd-navigator-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        finish.addClassName("qd-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        navigator.removeAll();
        navigator.add(progress, grid, legend, finish);

        questionCard.addClassNames("qd-card", "qd-question");

        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        var pager = new Div(previous, next);
        pager.addClassName("qd-pager");

        var body = new Div(new Div(questionCard, pager), navigator);
        body.addClassName("qd-attempt-body");
        body.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("qd-attempt-main"));
        warning.addClassName("qd-time-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.setVisible(false);
        add(head, warning, body);

        flag.addClassName("qd-flag");
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        load(page);
        show(page.currentPosition(), false);
        startCountdown();
    }

    private static Span legendEntry(String className, String text) {
        com.vaadin.flow.component.Component swatch;
        if (className.equals("qd-legend-flagged")) {
            var icon = VaadinIcon.FLAG.create();
            icon.addClassName("qd-legend-flag");
            swatch = icon;
        } else {
            var box = new Span();
            box.addClassNames("qd-legend-swatch", className);
            swatch = box;
        }
        var span = new Span(swatch, new Span(text));
        span.addClassName("qd-legend-entry");
        return span;
    }

    private void load(AttemptPage fresh) {
        page = fresh;
        versions.clear();
        responses.clear();
        flags.clear();
        checked.clear();
        for (var item : fresh.items()) {
            versions.put(item.position(), item.version());
            responses.put(item.position(), item.response());
            flags.put(item.position(), item.flagged());
            if (item.feedback() != null) {
                checked.put(item.position(), item.feedback());
            }
        }
        refreshNavigator();
    }

    private void startCountdown() {
        if (page.deadline() != null) {
            countdown.start(Math.max(0, Duration.between(page.serverNow(), page.deadline()).toMillis()));
        }
    }

    // ------------------------------------------------------------------------------ questions

    private void go(int position) {
        if (position < 0 || position >= page.items().size() || position == current && input != null) {
            return;
        }
        show(position, true);
        attempts.moveTo(attemptId, position);
    }

    private void show(int position, boolean moveFocus) {
        current = position;
        var item = page.items().get(position);
        questionCard.removeAll();

        var number = new H3(getTranslation("quiz.attempt.question-of", position + 1, page.items().size()));
        number.addClassName("qd-question-number");
        number.getElement().setAttribute("tabindex", "-1");
        var head = new Div(number, flag);
        head.addClassName("qd-question-head");
        var hint = new Span(Rich.hint(item.question().type()));
        hint.addClassName("qd-question-hint");
        questionCard.add(head, hint);
        var prompt = Rich.prompt(item.question());
        if (!prompt.isBlank()) {
            questionCard.add(Rich.block(prompt, "qd-question-prompt"));
        }
        input = AnswerInput.of(item.question(), item.shuffle(), response -> save(position, response));
        input.show(responses.get(position));
        questionCard.add(input);

        if (page.feedbackTiming() == FeedbackTiming.AFTER_EACH_QUESTION) {
            var feedback = checked.get(position);
            if (feedback != null) {
                input.lock();
                questionCard.add(checkedPanel(feedback));
            } else {
                var check = new Button(getTranslation("quiz.attempt.check"), VaadinIcon.CHECK.create(), e -> check(position));
                check.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                check.addClassName("qd-check");
                questionCard.add(check);
            }
        }
        questionCard.getElement().setAttribute("aria-labelledby", number.getId().orElseGet(() -> {
            number.setId("qd-question-" + position);
            return "qd-question-" + position;
        }));
        refreshFlag();
        refreshNavigator();
        previous.setEnabled(position > 0);
        var last = position == page.items().size() - 1;
        next.setText(getTranslation(last ? "quiz.attempt.finish" : "quiz.attempt.next"));
        next.setIcon(last ? VaadinIcon.FLAG_CHECKERED.create() : VaadinIcon.ARROW_RIGHT.create());
        if (moveFocus) {
            number.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'nearest'})");
        }
        watchForTyping();
    }

    private Div checkedPanel(ReviewItem feedback) {
        var result = ReviewParts.Result.of(feedback);
        var panel = new Div(ReviewParts.badge(result), ReviewParts.details(feedback));
        panel.addClassName("qd-checked");
        panel.getElement().setAttribute("role", "status");
        return panel;
    }

    /**
     * Shows "Saving…" the moment the student changes something; the server's reply turns it into "Saved". The
     * browser writes the status text itself here, so the translated word is handed to the script as an argument
     * (the script holds no text of its own), and the server still sets the status with {@code setText} as before.
     */
    private void watchForTyping() {
        getElement().executeJs("""
                const status = $0, root = $1, savingText = $2;
                if (root._qdWatching) return;
                root._qdWatching = true;
                const saving = () => { status.textContent = savingText; };
                root.addEventListener('input', saving, true);
                root.addEventListener('change', saving, true);
                root.addEventListener('click', e => { if (e.target.closest('.qd-saves-on-click')) saving(); }, true);
                """, saveStatus.getElement(), questionCard.getElement(), getTranslation("quiz.attempt.saving"));
    }

    // ---------------------------------------------------------------------------------- saving

    void save(int position, Response response) {
        try {
            var saved = saveOnce(position, response);
            versions.put(position, saved.version());
            responses.put(position, response);
            refreshNavigator();
            saveStatus.setText(getTranslation("quiz.attempt.saved", position + 1, java.time.format.DateTimeFormatter
                    .ofLocalizedTime(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(saved.savedAt().atZone(QuizTimes.zone()))));
            if (saved.replacedAnotherAnswer()) {
                notice(getTranslation("quiz.attempt.saved-replaced", position + 1));
            }
        } catch (AttemptClosedException e) {
            saveStatus.setText(getTranslation("quiz.attempt.not-saved"));
            Notifications.error(e.getMessage());
            reload();
        } catch (RuntimeException e) {
            saveStatus.setText(getTranslation("quiz.attempt.not-saved-retry"));
            Notifications.error(getTranslation("quiz.attempt.save-failed", e.getMessage()));
        }
    }

    private com.quizdeck.quiz.AnswerSaved saveOnce(int position, Response response) {
        try {
            return attempts.saveAnswer(attemptId, position, response, versions.get(position));
        } catch (OptimisticLockingFailureException sameInstant) {
            // Another tab saved this question in the very same moment: ours is the later one, save it again.
            return attempts.saveAnswer(attemptId, position, response, versions.get(position));
        }
    }

    private void toggleFlag() {
        boolean on = !flags.getOrDefault(current, false);
        try {
            attempts.setFlag(attemptId, current, on);
            flags.put(current, on);
            refreshFlag();
            refreshNavigator();
        } catch (AttemptClosedException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    private void check(int position) {
        try {
            var feedback = attempts.check(attemptId, position);
            checked.put(position, feedback);
            show(position, false);
        } catch (AttemptClosedException e) {
            Notifications.error(e.getMessage());
            reload();
        } catch (IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------ navigator

    private void refreshFlag() {
        boolean on = flags.getOrDefault(current, false);
        flag.setText(getTranslation(on ? "quiz.attempt.flagged" : "quiz.attempt.flag"));
        flag.setIcon((on ? VaadinIcon.FLAG : VaadinIcon.FLAG_O).create());
        flag.getElement().setAttribute("aria-pressed", String.valueOf(on));
        flag.setAriaLabel(getTranslation("quiz.attempt.flag-label", current + 1));
        flag.setTooltipText(getTranslation(on ? "quiz.attempt.unflag-tip" : "quiz.attempt.flag-tip"));
    }

    private void refreshNavigator() {
        long answered = responses.values().stream().filter(r -> !(r instanceof com.quizdeck.grading.NoResponse)).count();
        long flagged = flags.values().stream().filter(Boolean::booleanValue).count();
        progress.setText(getTranslation("quiz.attempt.progress", answered, page.items().size())
                + (flagged > 0 ? getTranslation("quiz.attempt.progress-flagged", flagged) : ""));
        for (int i = 0; i < navButtons.size(); i++) {
            var b = navButtons.get(i);
            boolean isAnswered = !(responses.get(i) instanceof com.quizdeck.grading.NoResponse);
            boolean isFlagged = flags.getOrDefault(i, false);
            b.getElement().getClassList().set("qd-answered", isAnswered);
            b.getElement().getClassList().set("qd-flagged", isFlagged);
            if (isFlagged && b.getSuffixComponent() == null) {
                var mark = VaadinIcon.FLAG.create();
                mark.addClassName("qd-nav-flag");
                mark.getElement().setAttribute("aria-hidden", "true");
                b.setSuffixComponent(mark);
            } else if (!isFlagged && b.getSuffixComponent() != null) {
                b.setSuffixComponent(null);
            }
            b.getElement().getClassList().set("qd-current", i == current);
            if (i == current) {
                b.getElement().setAttribute("aria-current", "step");
            } else {
                b.getElement().removeAttribute("aria-current");
            }
            b.setAriaLabel(getTranslation("quiz.attempt.nav-label", i + 1,
                    getTranslation(isAnswered ? "quiz.attempt.nav-answered" : "quiz.attempt.nav-open"))
                    + (isFlagged ? getTranslation("quiz.attempt.nav-flagged") : ""));
        }
    }

    // --------------------------------------------------------------------------------- finish

    private void confirmFinish() {
        long answered = responses.values().stream().filter(r -> !(r instanceof com.quizdeck.grading.NoResponse)).count();
        long open = page.items().size() - answered;
        long flagged = flags.values().stream().filter(Boolean::booleanValue).count();
        var text = new StringBuilder(getTranslation("quiz.submit.answered", answered, page.items().size()));
        if (open > 0) {
            text.append(" ").append(getTranslation("quiz.submit.open", open));
        }
        if (flagged > 0) {
            text.append(" ").append(getTranslation("quiz.submit.flagged", flagged));
        }
        text.append(" ").append(getTranslation("quiz.submit.final"));
        var dialog = new ConfirmDialog(getTranslation("quiz.submit.title"), text.toString(), getTranslation("quiz.submit.submit"),
                e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.submit.cancel"));
        dialog.open();
    }

    private void submit() {
        try {
            attempts.submit(attemptId);
        } catch (IllegalStateException alreadyDone) {
            // Submitted meanwhile, from another tab or by the deadline: its review is what there is to see.
            Notifications.error(alreadyDone.getMessage());
        }
        toReview(null);
    }

    private void toReview(String note) {
        countdown.stop();
        if (note != null) {
            notice(note);
        }
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
    }

    // ------------------------------------------------------------------------ time and tabs

    private void warn(int minutes) {
        timer.addClassName("qd-countdown-low");
        // In the page rather than a pop-up, so that it covers neither the question nor the countdown.
        warning.setText(getTranslation("quiz.attempt.warning", minutes));
        warning.setVisible(true);
    }

    private void timeUp() {
        reload();
        if (page != null && !page.state().finished()) {
            // The device's timer ran ahead of the server; carry on until the server says so.
            startCountdown();
        }
    }

    /** Reads the attempt again; a finished one goes to its review. */
    private void reload() {
        var fresh = attempts.resume(attemptId);
        if (fresh.state().finished()) {
            page = fresh;
            toReview(getTranslation("quiz.attempt.time-up"));
            return;
        }
        load(fresh);
        show(current, false);
    }

    /** Every few seconds: did another tab answer, or did the attempt end? */
    void sync() {
        var sync = attempts.sync(attemptId);
        if (sync.state().finished()) {
            toReview(getTranslation("quiz.attempt.submitted"));
            return;
        }
        var changed = sync.versions().entrySet().stream()
                .filter(e -> !e.getValue().equals(versions.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        if (!changed.isEmpty()) {
            load(attempts.resume(attemptId));
            show(current, false);
            notice(changed.size() == 1 ? getTranslation("quiz.attempt.changed-one", changed.getFirst() + 1)
                    : getTranslation("quiz.attempt.changed-many", changed.size()));
        }
        if (sync.deadline() != null && !sync.deadline().equals(page.deadline())) {
            // The teacher moved the close date: the deadline moved with it.
            load(attempts.resume(attemptId));
        }
        if (sync.deadline() != null) {
            countdown.start(Math.max(0, Duration.between(sync.serverNow(), sync.deadline()).toMillis()));
            timer.setVisible(true);
        }
    }

    private void notice(String text) {
        announcer.setText(text);
        var n = Notification.show(text, 7000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> {
            if (attemptId != null && page != null && !page.state().finished()) {
                sync();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        super.onDetach(event);
    }

    int currentPosition() {
        return current;
    }

    /** The last message for screen readers (another tab's answers, the end of the attempt). */
    String announcement() {
        return announcer.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.attempt.page-title");
    }
}
