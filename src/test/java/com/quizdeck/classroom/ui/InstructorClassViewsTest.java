package com.quizdeck.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class InstructorClassViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("teacher")
    void an_instructor_creates_a_class_and_lands_on_its_page_with_a_join_code() {
        var view = navigate(ClassesView.class);
        test(view.create).click();
        test(find(TextField.class).withCaption("Class name").single()).setValue("Economics 12");
        test(find(Button.class).withText("Create").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ClassDetailView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Economics 12");
        var code = find(Span.class).withClassName("qd-join-code").single().getText();
        assertThat(code).matches("[A-HJ-KM-NP-Z2-9]{6}");
    }

    @Test
    @WithUserDetails("teacher")
    void the_demo_class_page_shows_its_roster() {
        navigate(ClassesView.class);
        var view = (ClassDetailView) navigate(ClassDetailView.class, Map.of("id", "1"));
        assertThat(find(Span.class).withClassName("qd-join-code").single().getText()).isEqualTo("EAST24");
        assertThat(view.roster.getListDataView().getItems().map(r -> r.username()).toList())
                .containsExactly("ana", "ben", "chloe");
    }
}
