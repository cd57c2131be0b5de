package com.quizdeck.quiz;

import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The answers a matching question offers for every left item: each distinct right text, then the distractors. */
public final class MatchingMenu {

    private MatchingMenu() {
    }

    public static List<String> of(MatchingQuestion question) {
        var menu = new LinkedHashSet<String>();
        question.pairs().stream().map(MatchPair::right).map(String::strip).forEach(menu::add);
        question.distractors().stream().map(String::strip).forEach(menu::add);
        return new ArrayList<>(menu);
    }
}
