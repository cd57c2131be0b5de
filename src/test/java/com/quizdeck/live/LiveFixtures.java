package com.quizdeck.live;

import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.support.TestUsers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Games for tests: a fresh instructor with a class of fresh students, playing the summit deck. */
@Component
public class LiveFixtures {

    public static final String DECK = "rdprk-summits";

    private final TestUsers users;
    private final DeckService decks;
    private final ClassroomService classrooms;
    private final LiveSessionService live;

    LiveFixtures(TestUsers users, DeckService decks, ClassroomService classrooms, LiveSessionService live) {
        this.users = users;
        this.decks = decks;
        this.classrooms = classrooms;
        this.live = live;
    }

    public UserSummary instructor() {
        return users.create(Role.INSTRUCTOR);
    }

    public UserSummary student() {
        return users.create(Role.STUDENT);
    }

    public Long deckId(UserSummary host) {
        return users.as(host, () -> decks.idOf(DECK).orElseThrow());
    }

    /** The deck's question ids by key ("before-albright-visitor"). */
    public Map<String, Long> questionIds(UserSummary host) {
        return users.as(host, () -> decks.currentQuestions(deckId(host)).stream()
                .collect(Collectors.toMap(QuestionRef::questionKey, QuestionRef::questionId)));
    }

    /** A game of the named questions, in that order. */
    public LiveSessionSummary game(UserSummary host, LiveSettings settings, String... keys) {
        var ids = questionIds(host);
        List<Long> chosen = Arrays.stream(keys).map(ids::get).toList();
        return users.as(host, () -> live.create(new LiveSetup(deckId(host), chosen, false, settings, Map.of())));
    }

    public ClassroomService classrooms() {
        return classrooms;
    }
}
