package com.quizdeck.bank;

/** A 1-based line and column in a bank file. */
record SourcePosition(int line, int column) {

    static final SourcePosition START = new SourcePosition(1, 1);
}
