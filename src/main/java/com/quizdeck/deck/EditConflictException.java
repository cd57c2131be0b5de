package com.quizdeck.deck;

/**
 * A save named a version that is no longer the current one: someone else saved in between. Nothing
 * was written; the caller reloads the current version and decides again.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
