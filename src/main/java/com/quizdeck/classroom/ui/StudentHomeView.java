package com.quizdeck.classroom.ui;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.JoinCodes;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A student's home: their classes, what there is to do, and joining another class. */
@Route("student")
@PageTitle("Home · Quizdeck")
@RolesAllowed("STUDENT")
class StudentHomeView extends Main implements BeforeEnterObserver {

    private final ClassroomService classrooms;
    private final Div classList = new Div();
    final TextField joinCode = new TextField();
    final Button join = new Button("Join");

    StudentHomeView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassNames("qd-page", "qd-student-home");

        var greeting = new H2("Hi, " + CurrentUser.require().displayName());
        var intro = new Paragraph("Here is everything your classes have for you.");
        intro.addClassName("qd-muted");

        classList.addClassName("qd-card-list");
        var classesSection = section("My classes", classList);

        var todo = new Div(
                new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "No quizzes yet",
                        "When your teacher assigns a quiz, it appears here with its due date."),
                new EmptyState(VaadinIcon.RECORDS, "No flashcards due",
                        "Decks your teacher shares become flashcards you can study here."));
        todo.addClassName("qd-two-up");
        var todoSection = section("To do", todo);

        joinCode.setPlaceholder("Join code");
        joinCode.setAriaLabel("Join code of another class");
        joinCode.setMaxLength(12);
        joinCode.addClassName("qd-code-field");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> joinClass());
        joinCode.addKeyPressListener(Key.ENTER, e -> joinClass());
        var joinRow = new Div(joinCode, join);
        joinRow.addClassName("qd-join-row");
        var joinSection = section("Join another class", joinRow);

        add(greeting, intro, classesSection, todoSection, joinSection);
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
    }

    private static Section section(String title, com.vaadin.flow.component.Component content) {
        var s = new Section(new H3(title), content);
        s.addClassName("qd-section");
        return s;
    }

    private void refresh() {
        classList.removeAll();
        var classes = classrooms.myClasses();
        if (classes.isEmpty()) {
            classList.add(new EmptyState(VaadinIcon.ACADEMY_CAP, "You are not in a class yet",
                    "Enter the join code your teacher gave you below."));
        }
        classes.forEach(c -> classList.add(classCard(c)));
    }

    private static Div classCard(ClassSummary c) {
        var icon = VaadinIcon.ACADEMY_CAP.create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new H3(c.name());
        name.addClassName("qd-card-title");
        var teacher = new Span("Teacher: " + c.instructorName());
        teacher.addClassName("qd-muted");
        var size = new Span(c.studentCount() + (c.studentCount() == 1 ? " student" : " students"));
        size.addClassName("qd-muted");
        var text = new Div(name, teacher, size);
        text.addClassName("qd-card-text");
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card");
        return card;
    }

    private void joinClass() {
        try {
            var joined = classrooms.joinByCode(joinCode.getValue());
            joinCode.clear();
            joinCode.setInvalid(false);
            refresh();
            Notifications.success("You joined " + joined.name() + ".");
        } catch (InvalidInputException ex) {
            joinCode.setErrorMessage(ex.getMessage());
            joinCode.setInvalid(true);
        }
    }
}
