package com.quizdeck.quiz.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizStatus;
import com.quizdeck.quiz.QuizSummary;
import com.quizdeck.quiz.QuizTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;

/** An instructor's quizzes (an admin sees all): assign a deck to a class as a quiz, change it, close it. */
@Route("teach/quizzes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class TeacherQuizzesView extends Main implements HasDynamicTitle {

    private final QuizService quizzes;
    private final ClassroomService classrooms;
    private final DeckService decks;
    private final Div list = new Div();
    final Button create = new Button(getTranslation("quiz.teach.new"), VaadinIcon.PLUS.create());

    TeacherQuizzesView(QuizService quizzes, ClassroomService classrooms, DeckService decks) {
        this.quizzes = quizzes;
        this.classrooms = classrooms;
        this.decks = decks;
        addClassNames("qd-page", "qd-teacher-quizzes");

        var title = new H2(getTranslation("quiz.teach.title"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openNew());
        var head = new HorizontalLayout(title, create);
        head.addClassName("qd-page-head");
        head.expand(title);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);

        list.addClassName("qd-card-list");
        add(head, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = quizzes.teachingQuizzes();
        if (all.isEmpty()) {
            var first = new Button(getTranslation("quiz.teach.first"), e -> openNew());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("quiz.teach.none"),
                    getTranslation("quiz.teach.none-text"), first));
        }
        all.forEach(q -> list.add(card(q)));
    }

    private Div card(QuizSummary q) {
        var icon = VaadinIcon.CLIPBOARD_CHECK.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new H3(q.title());
        name.addClassName("qd-card-title");
        var where = new Span(q.className() + " · " + q.deckTitle());
        where.addClassName("qd-muted");
        var when = new Span(when(q, getLocale()));
        when.addClassName("qd-muted");
        var rules = new Span(rules(q));
        rules.addClassName("qd-muted");
        var progress = new Span(getTranslation("quiz.teach.progress", q.studentsStarted(), q.attemptsSubmitted()));
        progress.addClassName("qd-muted");
        var text = new Div(new Div(name, statusBadge(q.status())), where, when, rules, progress);
        text.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("qd-card-heading"));
        text.addClassName("qd-card-text");

        var edit = new Button(getTranslation("quiz.teach.edit"), VaadinIcon.EDIT.create(), e -> openEdit(q));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("quiz.teach.edit-label", q.title()));
        var results = new com.vaadin.flow.component.html.Anchor("dashboard/quiz/" + q.id(),
                getTranslation("quiz.results.link"));
        results.getElement().setAttribute("aria-label", getTranslation("quiz.results.label", q.title()));
        results.addClassName("qd-results-link");
        var actions = new Div(results, edit);
        actions.addClassName("qd-card-actions");
        if (q.status() != QuizStatus.CLOSED) {
            var close = new Button(getTranslation("quiz.teach.close"), VaadinIcon.LOCK.create(), e -> confirmClose(q));
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            close.setAriaLabel(getTranslation("quiz.teach.close-label", q.title()));
            actions.add(close);
        }
        text.add(actions);
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card", "qd-quiz-card");
        return card;
    }

    static Span statusBadge(QuizStatus status) {
        var badge = new Span(com.vaadin.flow.i18n.I18NProvider.translate(switch (status) {
            case OPEN -> "quiz.status.open";
            case UPCOMING -> "quiz.status.upcoming";
            case CLOSED -> "quiz.status.closed";
        }));
        badge.getElement().getThemeList().add(switch (status) {
            case OPEN -> "badge success";
            case UPCOMING -> "badge";
            case CLOSED -> "badge contrast";
        });
        badge.addClassName("qd-status-badge");
        return badge;
    }

    private String when(QuizSummary q, java.util.Locale locale) {
        var s = q.settings();
        var opens = getTranslation(q.status() == QuizStatus.UPCOMING ? "quiz.teach.opens" : "quiz.teach.opened",
                QuizTimes.dateTime(s.opensAt(), locale));
        if (s.closesAt() == null) {
            return getTranslation("quiz.teach.never-closes", opens);
        }
        return getTranslation(q.status() == QuizStatus.CLOSED ? "quiz.teach.closed" : "quiz.teach.closes", opens,
                QuizTimes.dateTime(s.closesAt(), locale));
    }

    private String rules(QuizSummary q) {
        var s = q.settings();
        var parts = new ArrayList<String>();
        parts.add(s.questionCount() == null ? getTranslation("quiz.teach.all-questions", q.deckQuestionCount())
                : getTranslation("quiz.teach.some-questions", s.questionCount(), q.deckQuestionCount()));
        parts.add(s.timeLimitMinutes() == null ? getTranslation("quiz.facts.no-limit")
                : getTranslation("quiz.facts.minutes", s.timeLimitMinutes()));
        parts.add(s.attemptsAllowed() == null ? getTranslation("quiz.teach.unlimited")
                : getTranslation("quiz.facts.attempts", s.attemptsAllowed()));
        parts.add(getTranslation(s.feedbackTiming() == FeedbackTiming.AFTER_EACH_QUESTION ? "quiz.teach.feedback-each"
                : "quiz.teach.feedback-submit"));
        var text = String.join(" · ", parts);
        return text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }

    private void openNew() {
        var classes = classrooms.teachingClasses(false);
        if (classes.isEmpty()) {
            Notifications.error(getTranslation("quiz.teach.no-class"));
            return;
        }
        new QuizDialog(getTranslation("quiz.teach.new"), classes, decks.visibleDecks(), null, quizzes::createQuiz, () -> {
            refresh();
            Notifications.success(getTranslation("quiz.teach.created"));
        }).open();
    }

    private void openEdit(QuizSummary q) {
        new QuizDialog(getTranslation("quiz.teach.edit-title"), classrooms.teachingClasses(true), decks.visibleDecks(), quizzes.quiz(q.id()),
                settings -> quizzes.updateQuiz(q.id(), settings), () -> {
                    refresh();
                    Notifications.success(getTranslation("quiz.teach.saved"));
                }).open();
    }

    private void confirmClose(QuizSummary q) {
        var dialog = new ConfirmDialog(getTranslation("quiz.teach.close-title", q.title()),
                getTranslation("quiz.teach.close-text"),
                getTranslation("quiz.teach.close-quiz"), e -> {
                    quizzes.closeQuiz(q.id());
                    refresh();
                    Notifications.success(getTranslation("quiz.teach.is-closed", q.title()));
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.teacher.page-title");
    }
}
