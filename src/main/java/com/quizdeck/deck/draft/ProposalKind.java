package com.quizdeck.deck.draft;

/** What a proposed item asks. Its name on screen is the text key {@code deck.draft.kind.<name in lower case>}. */
public enum ProposalKind {
    /** A sentence with a date, number, treaty name or article number blanked. */
    CLOZE,
    /** "In which year?" about a dated event; the distractors are the article's other years. */
    WHEN,
    /** A stated fact, as written (true) or with its year swapped for another of the article's (false). */
    TRUE_FALSE
}
