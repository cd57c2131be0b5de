package com.quizdeck.base;

/**
 * A signed-in principal with a name to show. Lets the main layout greet the user without depending
 * on the account module (which depends on base for shared UI pieces).
 */
public interface DisplayNamed {

    String displayName();
}
