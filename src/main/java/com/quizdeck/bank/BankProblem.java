package com.quizdeck.bank;

/**
 * One problem in a bank file, at a 1-based line and column. {@link #toString()} gives the
 * {@code file:line:column: message} form that editors and CI logs understand.
 */
public record BankProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
