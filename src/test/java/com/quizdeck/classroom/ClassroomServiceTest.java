package com.quizdeck.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.account.Role;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ClassroomServiceTest {

    @Autowired
    ClassroomService classrooms;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;

    @Test
    void a_student_who_registers_with_a_join_code_is_in_the_roster() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("History 11B"));

        var student = classrooms.registerStudent(created.joinCode().toLowerCase(), "Dana Park", "dana", "long-enough-pw");

        var roster = users.as(teacher, () -> classrooms.roster(created.id()));
        assertThat(roster).extracting(RosterEntry::username).containsExactly("dana");
        assertThat(users.as(student, () -> classrooms.myClasses())).extracting(ClassSummary::name)
                .containsExactly("History 11B");
    }

    @Test
    void registration_with_an_unknown_code_creates_no_account() {
        assertThatThrownBy(() -> classrooms.registerStudent("ZZZZZZ", "Eve", "eve", "long-enough-pw"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No open class has the code ZZZZZZ");
        var admin = users.create(Role.ADMIN);
        var found = users.as(admin, () -> accounts.searchUsers("eve", PageRequest.of(0, 10)));
        assertThat(found.getContent()).isEmpty();
    }

    @Test
    void registration_with_a_taken_username_changes_nothing() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("Maths"));
        classrooms.registerStudent(created.joinCode(), "Finn", "finn", "long-enough-pw");

        assertThatThrownBy(() -> classrooms.registerStudent(created.joinCode(), "Other Finn", "FINN", "another-password"))
                .isInstanceOf(InvalidInputException.class).hasMessage("That username is taken.");
        assertThat(users.as(teacher, () -> classrooms.roster(created.id()))).hasSize(1);
    }

    @Test
    void a_student_cannot_call_instructor_methods() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("Physics"));
        var student = users.create(Role.STUDENT);

        assertThatThrownBy(() -> users.as(student, () -> classrooms.createClass("Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> classrooms.roster(created.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> classrooms.teachingClasses(false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> accounts.searchUsers("", PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_cannot_see_or_change_another_instructors_class() {
        var owner = users.create(Role.INSTRUCTOR);
        var other = users.create(Role.INSTRUCTOR);
        var created = users.as(owner, () -> classrooms.createClass("Chemistry"));

        assertThatThrownBy(() -> users.as(other, () -> classrooms.roster(created.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> classrooms.rename(created.id(), "Taken over")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(other, () -> classrooms.teachingClasses(true))).isEmpty();
    }

    @Test
    void an_admin_sees_every_class() {
        var owner = users.create(Role.INSTRUCTOR);
        var created = users.as(owner, () -> classrooms.createClass("Biology"));
        var admin = users.create(Role.ADMIN);
        assertThat(users.as(admin, () -> classrooms.teachingClasses(false))).extracting(ClassSummary::id)
                .contains(created.id());
    }

    @Test
    void anonymous_callers_cannot_list_classes() {
        assertThatThrownBy(() -> classrooms.myClasses())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_new_join_code_replaces_the_old_one_at_once() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("Art"));
        var renewed = users.as(teacher, () -> classrooms.regenerateJoinCode(created.id()));

        assertThat(renewed.joinCode()).isNotEqualTo(created.joinCode());
        assertThat(classrooms.classNameForCode(created.joinCode())).isEmpty();
        assertThat(classrooms.classNameForCode(renewed.joinCode())).contains("Art");
    }

    @Test
    void an_archived_class_cannot_be_joined() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("Old class"));
        users.as(teacher, () -> classrooms.setArchived(created.id(), true));
        var student = users.create(Role.STUDENT);

        assertThatThrownBy(() -> users.as(student, () -> classrooms.joinByCode(created.joinCode())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_removed_student_no_longer_sees_the_class() {
        var teacher = users.create(Role.INSTRUCTOR);
        var created = users.as(teacher, () -> classrooms.createClass("Music"));
        var student = users.create(Role.STUDENT);
        users.as(student, () -> classrooms.joinByCode(created.joinCode()));

        users.as(teacher, () -> classrooms.removeStudent(created.id(), student.id()));

        assertThat(users.as(student, () -> classrooms.myClasses())).isEmpty();
    }

    @Test
    void a_preferred_join_code_must_be_free_and_well_formed() {
        var teacher = users.create(Role.INSTRUCTOR);
        users.as(teacher, () -> classrooms.createClass("First", "ABC234"));
        assertThatThrownBy(() -> users.as(teacher, () -> classrooms.createClass("Second", "abc-234")))
                .hasMessage("That join code is in use by another class.");
        assertThatThrownBy(() -> users.as(teacher, () -> classrooms.createClass("Third", "ABC10O")))
                .isInstanceOf(InvalidInputException.class);
    }
}
