package com.quizdeck.account;

/** Input a person can correct; the message says what to change and, where it helps, which field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, e.g. "username"; null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
