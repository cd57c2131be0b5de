package com.quizdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void seven_characters_are_too_few() {
        assertThat(PasswordPolicy.problem("ana", "abcdefg")).contains("Use at least 8 characters.");
    }

    @Test
    void eight_characters_are_enough() {
        assertThat(PasswordPolicy.problem("ana", "abcdefgh")).isEmpty();
    }

    @Test
    void sixty_four_characters_are_allowed() {
        assertThat(PasswordPolicy.problem("ana", "x".repeat(64))).isEmpty();
    }

    @Test
    void the_username_itself_is_refused_in_any_case() {
        assertThat(PasswordPolicy.problem("Jonathan99", "jonathan99")).contains("The password must not be the username.");
    }

    @Test
    void characters_are_counted_not_utf16_units() {
        // Eight emoji are 16 UTF-16 units but eight characters: allowed, and seven are not.
        assertThat(PasswordPolicy.problem("ana", "😀".repeat(8))).isEmpty();
        assertThat(PasswordPolicy.problem("ana", "😀".repeat(7))).isPresent();
    }

    @Test
    void absurdly_long_passwords_are_refused() {
        assertThat(PasswordPolicy.problem("ana", "x".repeat(129))).isPresent();
    }
}
