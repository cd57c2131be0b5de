package com.quizdeck.account;

/** What a user may do. Spring Security sees these as authorities {@code ROLE_<name>}. */
public enum Role {
    STUDENT, INSTRUCTOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
