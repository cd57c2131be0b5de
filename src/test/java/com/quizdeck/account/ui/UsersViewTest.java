package com.quizdeck.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.UserSummary;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_admin_sees_every_user() {
        navigate(UsersView.class);
        Grid<UserSummary> grid = find(Grid.class).single();
        var usernames = grid.getLazyDataView().getItems().map(UserSummary::username).toList();
        assertThat(usernames).contains("admin", "teacher", "ana", "ben", "chloe");
    }

    @Test
    @WithUserDetails("ana")
    void a_student_cannot_open_the_users_page() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(Exception.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
