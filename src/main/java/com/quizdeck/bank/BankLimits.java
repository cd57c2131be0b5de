package com.quizdeck.bank;

/**
 * Limits that keep reading a bank cheap in memory and time whatever the file holds. Within the
 * 5 MB size limit a file of tiny questions ("Q{T}") could hold 870,000 of them; nobody writes
 * such a deck, and building it would need gigabytes.
 */
final class BankLimits {

    /** Far more than any deck a class studies, a few Moodle course banks included. */
    static final int MAX_QUESTIONS = 10_000;

    static final String TOO_MANY_QUESTIONS = "more than " + MAX_QUESTIONS
            + " questions in one file; split the bank into several files";

    private BankLimits() {
    }
}
