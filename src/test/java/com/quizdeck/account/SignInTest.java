package com.quizdeck.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real form login, through Spring Security's filter chain. */
@IntegrationTest
class SignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        var user = users.create(Role.STUDENT);
        var result = signIn(user.username(), "correct-horse-battery");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void six_wrong_passwords_are_refused_with_a_clear_message_while_others_still_sign_in() throws Exception {
        var victim = users.create(Role.STUDENT);
        var classmate = users.create(Role.STUDENT);
        for (int i = 0; i < 5; i++) {
            var wrong = signIn(victim.username(), "wrong-password-" + i);
            assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login?error");
        }

        var sixth = signIn(victim.username(), "wrong-password-6");
        assertThat(sixth.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(lastError(sixth)).isInstanceOf(LoginThrottledException.class)
                .hasMessageStartingWith("Too many failed sign-ins. Wait ");

        // Even the right password waits until the pause is over: guessing gains nothing.
        assertThat(lastError(signIn(victim.username(), "correct-horse-battery")))
                .isInstanceOf(LoginThrottledException.class);

        var other = signIn(classmate.username(), "correct-horse-battery");
        assertThat(other.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void a_disabled_account_is_told_so() throws Exception {
        var admin = users.create(Role.ADMIN);
        var student = users.create(Role.STUDENT);
        users.as(admin, () -> accounts.setEnabled(student.id(), false));

        var result = signIn(student.username(), "correct-horse-battery");
        assertThat(lastError(result)).hasMessageContaining("This account is disabled");
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession())
                .param("username", username).param("password", password).with(csrf())).andReturn();
    }

    private static Exception lastError(MvcResult result) {
        return (Exception) result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
