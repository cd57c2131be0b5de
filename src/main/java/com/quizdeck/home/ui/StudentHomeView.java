package com.quizdeck.home.ui;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.JoinCodes;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.StudentQuiz;
import com.quizdeck.study.ClassStudyStatus;
import com.quizdeck.study.DeckStudyStatus;
import com.quizdeck.study.StudyService;
import com.quizdeck.study.ui.ActivityChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A student's home: per class, the quizzes open now and the flashcards due, each a button straight
 * into the work; the last 30 days of study; joining another class.
 */
@Route("student")
@RolesAllowed("STUDENT")
class StudentHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final AttemptService attempts;
    private final StudyService study;
    private final Div classList = new Div();
    private final Div todo = new Div();
    private final Div activity = new Div();
    final TextField joinCode = new TextField();
    final Button join = new Button();

    StudentHomeView(ClassroomService classrooms, AttemptService attempts, StudyService study) {
        this.classrooms = classrooms;
        this.attempts = attempts;
        this.study = study;
        addClassNames("qd-page", "qd-student-home");

        join.setText(getTranslation("home.join"));
        var greeting = new H2(getTranslation("home.greeting", CurrentUser.require().displayName()));
        var intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("qd-muted");

        todo.addClassName("qd-todo-list");
        classList.addClassName("qd-card-list");
        activity.addClassName("qd-home-activity");

        joinCode.setPlaceholder(getTranslation("home.join-code"));
        joinCode.setAriaLabel(getTranslation("home.join-code-label"));
        joinCode.setMaxLength(12);
        joinCode.addClassName("qd-code-field");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> joinClass());
        joinCode.addKeyPressListener(Key.ENTER, e -> joinClass());
        var joinRow = new Div(joinCode, join);
        joinRow.addClassName("qd-join-row");

        add(greeting, intro, section(getTranslation("home.todo"), todo), section(getTranslation("home.classes"), classList),
                section(getTranslation("home.activity"), activity), section(getTranslation("home.join-another"), joinRow));
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code")
                .filter(c -> !c.isBlank())
                .ifPresent(c -> {
                    joinCode.setValue(JoinCodes.normalise(c));
                    joinCode.focus();
                });
        // The browser's time zone arrives with the page; redraw the parts that count "today".
        event.getUI().getPage().retrieveExtendedClientDetails(details -> refresh());
    }

    private static Section section(String title, Component content) {
        var s = new Section(new H3(title), content);
        s.addClassName("qd-section");
        return s;
    }

    private void refresh() {
        var zone = zone();
        var classes = classrooms.myClasses();
        var quizzes = attempts.myQuizzes();
        var studyByClass = study.myClasses(zone).stream()
                .collect(Collectors.toMap(ClassStudyStatus::classId, Function.identity(), (a, b) -> a));

        todo.removeAll();
        var openQuizzes = quizzes.stream().filter(q -> q.canStart() || q.canResume()).toList();
        openQuizzes.forEach(q -> todo.add(quizItem(q)));
        studyByClass.values().stream()
                .filter(s -> s.today().total() > 0)
                .sorted(Comparator.comparing(ClassStudyStatus::className))
                .forEach(s -> todo.add(studyItem(s)));
        if (todo.getComponentCount() == 0) {
            todo.add(new EmptyState(VaadinIcon.CHECK_CIRCLE, getTranslation("home.nothing-due"),
                    getTranslation(classes.isEmpty() ? "home.nothing-due.no-class" : "home.nothing-due.text")));
        }

        classList.removeAll();
        if (classes.isEmpty()) {
            classList.add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("home.no-class"),
                    getTranslation("home.no-class.text")));
        }
        var quizzesByClass = quizzes.stream().collect(Collectors.groupingBy(StudentQuiz::className));
        classes.forEach(c -> classList.add(classCard(c, studyByClass.get(c.id()),
                quizzesByClass.getOrDefault(c.name(), List.of()))));

        activity.removeAll();
        // While the view is built it has no UI yet: the current one draws the chart at once.
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .ifPresent(ui -> activity.add(new ActivityChart(study.myActivity(zone), ui)));
    }

    private Div quizItem(StudentQuiz q) {
        var icon = VaadinIcon.CLIPBOARD_CHECK.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var title = new Span(q.title());
        title.addClassName("qd-todo-title");
        var meta = new Span(getTranslation("home.quiz.meta", q.className(), q.questionCount())
                + (q.canResume() ? getTranslation("home.quiz.in-progress") : ""));
        meta.addClassName("qd-muted");
        var go = new com.vaadin.flow.component.html.Anchor("quizzes/" + q.quizId(), getTranslation(q.canResume() ? "home.quiz.continue" : "home.quiz.open"));
        return todoItem(icon, title, meta, go);
    }

    private Div studyItem(ClassStudyStatus s) {
        var icon = VaadinIcon.LIGHTBULB.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        int n = s.today().total();
        var title = new Span(getTranslation("home.study.title", n));
        title.addClassName("qd-todo-title");
        var meta = new Span(getTranslation("home.study.meta", s.className(), s.today().due(), s.today().learning(),
                s.today().newCards()));
        meta.addClassName("qd-muted");
        // Straight into studying: the class's deck with the most to do.
        var deck = s.decks().stream().max(Comparator.comparingInt(d -> d.today().total()))
                .map(DeckStudyStatus::deckId).orElse(null);
        var go = new com.vaadin.flow.component.html.Anchor(deck == null ? "study" : "study/" + deck, getTranslation("home.study.go"));
        return todoItem(icon, title, meta, go);
    }

    private static Div todoItem(Component icon, Span title, Span meta, Component action) {
        var text = new Div(title, meta);
        text.addClassName("qd-card-text");
        action.getElement().getClassList().add("qd-todo-action");
        var item = new Div(icon, text, action);
        item.addClassNames("qd-card", "qd-todo-item");
        return item;
    }

    private Div classCard(ClassSummary c, ClassStudyStatus studying, List<StudentQuiz> quizzes) {
        var icon = VaadinIcon.ACADEMY_CAP.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new H3(c.name());
        name.addClassName("qd-card-title");
        var teacher = new Span(getTranslation("home.class.teacher", c.instructorName(), c.studentCount()));
        teacher.addClassName("qd-muted");
        var text = new Div(name, teacher);
        int due = studying == null ? 0 : studying.today().total();
        int decks = studying == null ? 0 : studying.decks().size();
        var work = new Span(getTranslation("home.class.work", quizzes.size(), decks, due));
        work.addClassName("qd-muted");
        text.add(work);
        text.addClassName("qd-card-text");
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card");
        return card;
    }

    private ZoneId zone() {
        return getUI().map(ui -> ui.getPage().getExtendedClientDetails())
                .map(d -> d == null ? null : d.getTimeZoneId())
                .filter(id -> id != null && !id.isBlank())
                .map(id -> {
                    try {
                        return ZoneId.of(id);
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                })
                .orElse(ZoneId.systemDefault());
    }

    private void joinClass() {
        try {
            var joined = classrooms.joinByCode(joinCode.getValue());
            joinCode.clear();
            joinCode.setInvalid(false);
            refresh();
            Notifications.success(getTranslation("home.joined", joined.name()));
        } catch (InvalidInputException ex) {
            joinCode.setErrorMessage(ex.getMessage());
            joinCode.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
