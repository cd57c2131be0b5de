package com.quizdeck.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class StudentHomeViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ClassroomService classrooms;

    @Test
    @WithUserDetails("ana")
    void a_student_sees_their_class_and_no_dead_buttons() {
        navigate(StudentHomeView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("History 11B: East Asia today", "My classes", "To do");
    }

    @Test
    @WithUserDetails("ben")
    void a_student_joins_another_class_by_code() {
        var other = accounts.runAs("teacher", () -> classrooms.createClass("Geography 9", "GE0G99".replace('0', 'Q')));
        var view = navigate(StudentHomeView.class);

        test(view.joinCode).setValue("geqg-99");
        test(view.join).click();

        assertThat(find(H3.class).all()).extracting(H3::getText).contains(other.name());
    }

    @Test
    @WithUserDetails("chloe")
    void a_wrong_code_is_explained_next_to_the_field() {
        var view = navigate(StudentHomeView.class);
        test(view.joinCode).setValue("WRONG2");
        test(view.join).click();
        assertThat(view.joinCode.isInvalid()).isTrue();
        assertThat(view.joinCode.getErrorMessage()).contains("No open class has the code WRONG2");
    }
}
