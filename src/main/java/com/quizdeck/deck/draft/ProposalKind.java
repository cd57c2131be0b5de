package com.quizdeck.deck.draft;

/** What a proposed item asks. */
public enum ProposalKind {
    /** A sentence with a date, number, treaty name or article number blanked. */
    CLOZE("Fill in the blank"),
    /** "In which year?" about a dated event; the distractors are the article's other years. */
    WHEN("When?"),
    /** A stated fact, as written (true) or with its year swapped for another of the article's (false). */
    TRUE_FALSE("True or false");

    private final String label;

    ProposalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
