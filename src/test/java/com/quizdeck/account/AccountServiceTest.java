package com.quizdeck.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.security.core.session.SessionRegistry sessions;
    @Autowired
    AccountUserDetailsService userDetails;

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        var student = accounts.createStudent("hashme", "Hash Me", "a-secret-password");
        var stored = repository.findById(student.id()).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("a-secret-password");
        assertThat(encoder.matches("a-secret-password", stored)).isTrue();
    }

    @Test
    void usernames_are_case_insensitive() {
        accounts.createStudent("MixedCase", "Mixed", "a-secret-password");
        assertThatThrownBy(() -> accounts.createStudent("mixedcase", "Other", "a-secret-password"))
                .hasMessage("That username is taken.");
    }

    @Test
    void a_student_cannot_use_admin_methods() {
        var student = users.create(Role.STUDENT);
        var other = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(student, () -> accounts.setEnabled(other.id(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> accounts.resetPassword(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> accounts.changeRole(student.id(), Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_cannot_create_users() {
        var instructor = users.create(Role.INSTRUCTOR);
        assertThatThrownBy(() -> users.as(instructor,
                () -> accounts.createUser("newadmin", "New", "a-secret-password", Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_resets_a_password_to_a_working_temporary_one() {
        var admin = users.create(Role.ADMIN);
        var student = users.create(Role.STUDENT);
        var temporary = users.as(admin, () -> accounts.resetPassword(student.id()));
        var stored = repository.findById(student.id()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(temporary, stored)).isTrue();
        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
    }

    @Test
    void disabling_a_user_ends_their_open_sessions_at_once() {
        var admin = users.create(Role.ADMIN);
        var student = users.create(Role.STUDENT);
        var principal = userDetails.loadUserByUsername(student.username());
        sessions.registerNewSession("session-of-" + student.username(), principal);

        users.as(admin, () -> accounts.setEnabled(student.id(), false));

        assertThat(sessions.getSessionInformation("session-of-" + student.username()).isExpired()).isTrue();
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        var admin = users.create(Role.ADMIN);
        assertThatThrownBy(() -> users.as(admin, () -> accounts.setEnabled(admin.id(), false)))
                .hasMessage("You cannot disable your own account.");
    }

    @Test
    void a_weak_password_is_refused_with_the_reason() {
        assertThatThrownBy(() -> accounts.createStudent("shorty", "Shorty", "short"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Use at least 8 characters.");
        assertThatThrownBy(() -> accounts.createStudent("samesame", "Same", "samesame"))
                .hasMessage("The password must not be the username.");
    }

    @Test
    void changing_your_own_password_needs_the_current_one() {
        var student = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(student, () -> accounts.changeOwnPassword("wrong", "brand-new-password")))
                .hasMessage("The current password is not right.");
        users.as(student, () -> accounts.changeOwnPassword("correct-horse-battery", "brand-new-password"));
        var stored = repository.findById(student.id()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches("brand-new-password", stored)).isTrue();
    }
}
