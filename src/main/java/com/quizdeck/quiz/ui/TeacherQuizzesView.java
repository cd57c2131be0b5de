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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;

/** An instructor's quizzes (an admin sees all): assign a deck to a class as a quiz, change it, close it. */
@Route("teach/quizzes")
@PageTitle("Quizzes · Quizdeck")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class TeacherQuizzesView extends Main {

    private final QuizService quizzes;
    private final ClassroomService classrooms;
    private final DeckService decks;
    private final Div list = new Div();
    final Button create = new Button("New quiz", VaadinIcon.PLUS.create());

    TeacherQuizzesView(QuizService quizzes, ClassroomService classrooms, DeckService decks) {
        this.quizzes = quizzes;
        this.classrooms = classrooms;
        this.decks = decks;
        addClassNames("qd-page", "qd-teacher-quizzes");

        var title = new H2("Quizzes");
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
            var first = new Button("Make your first quiz", e -> openNew());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "No quizzes yet",
                    "Give one of your classes a deck as a quiz: students take it on their phones, "
                            + "and their answers are saved as they go.", first));
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
        var when = new Span(when(q));
        when.addClassName("qd-muted");
        var rules = new Span(rules(q));
        rules.addClassName("qd-muted");
        var progress = new Span(q.studentsStarted() + (q.studentsStarted() == 1 ? " student" : " students")
                + " started · " + q.attemptsSubmitted() + " submitted");
        progress.addClassName("qd-muted");
        var text = new Div(new Div(name, statusBadge(q.status())), where, when, rules, progress);
        text.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("qd-card-heading"));
        text.addClassName("qd-card-text");

        var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEdit(q));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + q.title());
        var results = new com.vaadin.flow.component.html.Anchor("dashboard/quiz/" + q.id(),
                getTranslation("quiz.results.link"));
        results.getElement().setAttribute("aria-label", getTranslation("quiz.results.label", q.title()));
        results.addClassName("qd-results-link");
        var actions = new Div(results, edit);
        actions.addClassName("qd-card-actions");
        if (q.status() != QuizStatus.CLOSED) {
            var close = new Button("Close now", VaadinIcon.LOCK.create(), e -> confirmClose(q));
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            close.setAriaLabel("Close " + q.title() + " now");
            actions.add(close);
        }
        text.add(actions);
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card", "qd-quiz-card");
        return card;
    }

    static Span statusBadge(QuizStatus status) {
        var badge = new Span(switch (status) {
            case OPEN -> "Open";
            case UPCOMING -> "Upcoming";
            case CLOSED -> "Closed";
        });
        badge.getElement().getThemeList().add(switch (status) {
            case OPEN -> "badge success";
            case UPCOMING -> "badge";
            case CLOSED -> "badge contrast";
        });
        badge.addClassName("qd-status-badge");
        return badge;
    }

    private static String when(QuizSummary q) {
        var s = q.settings();
        var opens = (q.status() == QuizStatus.UPCOMING ? "Opens " : "Opened ") + QuizTimes.dateTime(s.opensAt());
        if (s.closesAt() == null) {
            return opens + " · never closes";
        }
        return opens + " · " + (q.status() == QuizStatus.CLOSED ? "closed " : "closes ") + QuizTimes.dateTime(s.closesAt());
    }

    private static String rules(QuizSummary q) {
        var s = q.settings();
        var parts = new ArrayList<String>();
        parts.add(s.questionCount() == null ? "all " + q.deckQuestionCount() + " questions"
                : s.questionCount() + " of " + q.deckQuestionCount() + " questions at random");
        parts.add(s.timeLimitMinutes() == null ? "no time limit" : s.timeLimitMinutes() + " min");
        parts.add(s.attemptsAllowed() == null ? "unlimited attempts"
                : s.attemptsAllowed() + (s.attemptsAllowed() == 1 ? " attempt" : " attempts"));
        parts.add(s.feedbackTiming() == FeedbackTiming.AFTER_EACH_QUESTION ? "feedback after each question"
                : "feedback after submitting");
        var text = String.join(" · ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void openNew() {
        var classes = classrooms.teachingClasses(false);
        if (classes.isEmpty()) {
            Notifications.error("Create a class first: a quiz is for a class.");
            return;
        }
        new QuizDialog("New quiz", classes, decks.visibleDecks(), null, quizzes::createQuiz, () -> {
            refresh();
            Notifications.success("Quiz created. Its students find it under Quizzes.");
        }).open();
    }

    private void openEdit(QuizSummary q) {
        new QuizDialog("Edit quiz", classrooms.teachingClasses(true), decks.visibleDecks(), quizzes.quiz(q.id()),
                settings -> quizzes.updateQuiz(q.id(), settings), () -> {
                    refresh();
                    Notifications.success("Saved. Attempts already started keep their questions.");
                }).open();
    }

    private void confirmClose(QuizSummary q) {
        var dialog = new ConfirmDialog("Close " + q.title() + " now?",
                "Students can no longer start it. Attempts in progress are submitted at once with the answers "
                        + "saved so far. You can open it again by editing its close date.",
                "Close quiz", e -> {
                    quizzes.closeQuiz(q.id());
                    refresh();
                    Notifications.success(q.title() + " is closed.");
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
