package com.quizdeck.deck.draft;

import com.quizdeck.content.Question;

/**
 * A question proposed from an article, for the instructor to accept, edit or reject.
 *
 * @param fact           what the item tests: "1996", "Article 23", "Treaty of Friendship, ..."
 * @param sourceSentence the article's sentence it comes from, whitespace normalised; also the question's source
 */
public record Proposal(String id, ProposalKind kind, String fact, String sourceSentence, Question question) {
}
