package com.quizdeck.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.UserSummary;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.live.LiveRefusedException.Reason;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LiveSessionServiceTest {

    static final String CHOICE = "before-albright-visitor"; // option 0 is right
    static final String TRUE_FALSE = "xi-initial-interest-tf"; // true
    static final String SHORT = "kim-jong-il-met-whom"; // Jiang Zemin

    @Autowired
    LiveSessionService live;
    @Autowired
    LiveGames games;
    @Autowired
    LiveFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    LiveEventsRecorder events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LiveSettings accuracyOnly() {
        return new LiveSettings(20, false, true, true, true, true);
    }

    @Test
    void a_host_runs_a_game_that_students_and_guests_play_to_the_end() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE, TRUE_FALSE);
        assertThat(game.joinCode()).matches("\\d{6}");
        var ana = fixtures.student();
        var anaTicket = users.as(ana, () -> live.joinAsStudent(game.id()));
        var guest = live.joinAsGuest(game.id(), "  Zoë   the\u0007 guest ", null);
        assertThat(guest.name()).isEqualTo("Zoë the guest");
        assertThat(live.findByCode(game.joinCode().substring(0, 3) + " " + game.joinCode().substring(3)))
                .map(JoinInfo::sessionId).contains(game.id());

        var seen = new CopyOnWriteArrayList<LiveSnapshot>();
        live.watch(anaTicket, seen::add);
        var lobby = users.as(host, () -> live.hostView(game.id()));
        assertThat(lobby.state()).isEqualTo(LiveState.LOBBY);
        assertThat(lobby.players()).extracting(PlayerInfo::name).containsExactly(ana.displayName(), "Zoë the guest");

        var open = users.as(host, () -> live.start(game.id()));
        assertThat(open.state()).isEqualTo(LiveState.OPEN);
        assertThat(open.question().questionId()).isEqualTo(fixtures.questionIds(host).get(CHOICE));
        assertThat(live.answer(anaTicket, 0, new ChoiceResponse(0)).position()).isZero();
        live.answer(guest, 0, new ChoiceResponse(2));
        // Before the reveal nobody's score moves, so the class learns nothing early.
        assertThat(live.playerView(anaTicket).score()).isZero();
        assertThat(live.playerView(anaTicket).current()).isNull();

        var revealed = users.as(host, () -> live.reveal(game.id()));
        assertThat(revealed.state()).isEqualTo(LiveState.REVEALED);
        assertThat(revealed.answered()).isEqualTo(2);
        var optionOrder = revealed.question().optionOrder();
        assertThat(revealed.distribution().get(optionOrder.indexOf(0))).isEqualTo(1);
        assertThat(revealed.distribution().get(optionOrder.indexOf(2))).isEqualTo(1);
        var anaView = live.playerView(anaTicket);
        assertThat(anaView.current().correct()).isTrue();
        assertThat(anaView.current().points()).isEqualTo(1000);
        assertThat(anaView.score()).isEqualTo(1000);
        assertThat(anaView.rank()).isEqualTo(1);
        assertThat(live.playerView(guest).current().correct()).isFalse();
        assertThat(live.playerView(guest).rank()).isEqualTo(2);

        users.as(host, () -> live.showLeaderboard(game.id()));
        users.as(host, () -> live.next(game.id()));
        live.answer(guest, 1, new TrueFalseResponse(true));
        live.answer(anaTicket, 1, new TrueFalseResponse(false));
        // Everyone answered: the question locks by itself.
        awaitState(host, game.id(), LiveState.LOCKED);
        users.as(host, () -> live.reveal(game.id()));
        var ended = users.as(host, () -> live.next(game.id()));
        assertThat(ended.state()).isEqualTo(LiveState.ENDED);
        assertThat(ended.podium()).extracting(Standing::score).containsExactly(1000, 1000);
        assertThat(ended.podium()).extracting(Standing::rank).containsExactly(1, 1);

        var report = users.as(host, () -> live.report(game.id()));
        assertThat(report.answers()).hasSize(4);
        assertThat(report.answers()).extracting(LiveReport.AnswerLine::answerText)
                .contains("True", "False").anyMatch(t -> t.endsWith("The Chinese Defense Minister"));
        assertThat(report.players()).extracting(LiveReport.PlayerLine::score).containsExactly(1000, 1000);
        assertThat(report.questions()).extracting(LiveReport.QuestionLine::answered).containsExactly(2, 2);
        assertThat(report.questions()).extracting(LiveReport.QuestionLine::correct).containsExactly(1, 1);
        assertThat(events.of(LiveAnswerGraded.class, game.id())).hasSize(4)
                .anyMatch(e -> e.studentId() == null)
                .anyMatch(e -> ana.id().equals(e.studentId()) && e.fraction() == 1.0);
        assertThat(events.of(LiveSessionEnded.class, game.id())).hasSize(1);
        awaitTrue(() -> seen.stream().anyMatch(s -> s.state() == LiveState.ENDED));
    }

    @Test
    void an_answer_after_the_lock_a_second_answer_and_an_answer_to_a_question_not_open_are_refused() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE, TRUE_FALSE);
        var a = live.joinAsGuest(game.id(), "Ann", null);
        var b = live.joinAsGuest(game.id(), "Bob", null);
        var c = live.joinAsGuest(game.id(), "Cat", null);

        assertRefused(() -> live.answer(a, 0, new ChoiceResponse(0)), Reason.NOT_OPEN); // still in the lobby
        users.as(host, () -> live.start(game.id()));
        assertRefused(() -> live.answer(a, 1, new TrueFalseResponse(true)), Reason.NOT_OPEN); // not this one yet
        live.answer(a, 0, new ChoiceResponse(0));
        assertRefused(() -> live.answer(a, 0, new ChoiceResponse(1)), Reason.ALREADY_ANSWERED);
        users.as(host, () -> live.lock(game.id()));
        assertRefused(() -> live.answer(b, 0, new ChoiceResponse(0)), Reason.CLOSED);

        var report = users.as(host, () -> live.report(game.id()));
        assertThat(report.answers()).singleElement().satisfies(line -> {
            assertThat(line.playerName()).isEqualTo("Ann");
            assertThat(line.fraction()).isEqualTo(1.0);
        });
        users.as(host, () -> live.reveal(game.id()));
        users.as(host, () -> live.next(game.id()));
        assertRefused(() -> live.answer(c, 0, new ChoiceResponse(0)), Reason.NOT_OPEN); // gone by
        assertRefused(() -> live.answer(new PlayerTicket(game.id(), c.playerId(), "forged", "Cat"), 1,
                new TrueFalseResponse(true)), Reason.NOT_A_PLAYER);
        assertRefused(() -> live.answer(c, 1, new TextResponse("true")), Reason.BAD_ANSWER);
    }

    @Test
    void an_answer_after_the_deadline_is_refused_even_before_the_timer_locks() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE);
        var a = live.joinAsGuest(game.id(), "Late Larry", null);
        users.as(host, () -> live.start(game.id()));
        clock.advance(Duration.ofSeconds(20));
        assertRefused(() -> live.answer(a, 0, new ChoiceResponse(0)), Reason.TOO_LATE);
        live.lockIfDue(game.id());
        assertThat(users.as(host, () -> live.hostView(game.id())).state()).isEqualTo(LiveState.LOCKED);
    }

    @Test
    void points_for_speed_run_from_the_server_opening_to_the_arrival() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, LiveSettings.defaults(), CHOICE);
        var fast = live.joinAsGuest(game.id(), "Fast", null);
        var slow = live.joinAsGuest(game.id(), "Slow", null);
        users.as(host, () -> live.start(game.id()));
        var quick = live.answer(fast, 0, new ChoiceResponse(0));
        clock.advance(Duration.ofSeconds(10));
        var late = live.answer(slow, 0, new ChoiceResponse(0));
        assertThat(late.answerMillis() - quick.answerMillis()).isBetween(10_000L, 10_500L);
        users.as(host, () -> live.reveal(game.id()));
        assertThat(live.playerView(fast).current().points()).isBetween(990, 1000);
        assertThat(live.playerView(slow).current().points()).isBetween(740, 750);
        assertThat(events.of(LiveAnswerGraded.class, game.id())).extracting(LiveAnswerGraded::answerMillis)
                .containsExactly(quick.answerMillis(), late.answerMillis());
    }

    @Test
    void a_player_who_reloads_or_switches_phone_keeps_their_score_and_can_still_answer_once() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE, TRUE_FALSE);
        var ben = fixtures.student();
        var first = users.as(ben, () -> live.joinAsStudent(game.id()));
        var guest = live.joinAsGuest(game.id(), "Gus", null);
        users.as(host, () -> live.start(game.id()));
        live.answer(first, 0, new ChoiceResponse(0));
        users.as(host, () -> live.reveal(game.id()));
        users.as(host, () -> live.next(game.id()));

        // Another phone: the same player, the same score, and the open question still to answer.
        var second = users.as(ben, () -> live.joinAsStudent(game.id()));
        assertThat(second.playerId()).isEqualTo(first.playerId());
        var view = live.playerView(second);
        assertThat(view.score()).isEqualTo(1000);
        assertThat(view.answeredCurrent()).isFalse();
        live.answer(second, 1, new TrueFalseResponse(true));
        assertRefused(() -> live.answer(first, 1, new TrueFalseResponse(false)), Reason.ALREADY_ANSWERED);

        // A guest's reload: the browser's ticket brings them back; the nickname stays theirs.
        var back = live.joinAsGuest(game.id(), "someone else", guest);
        assertThat(back.playerId()).isEqualTo(guest.playerId());
        assertThat(live.rejoin(guest).playerId()).isEqualTo(guest.playerId());
        assertRefused(() -> live.joinAsGuest(game.id(), "GUS", null), Reason.NICKNAME_TAKEN);
        assertThat(users.as(host, () -> live.hostView(game.id())).players()).hasSize(2);
    }

    @Test
    void a_restart_loses_no_acknowledged_answer_and_the_host_resumes_at_the_current_question() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE, TRUE_FALSE);
        var a = live.joinAsGuest(game.id(), "Ada", null);
        var b = live.joinAsGuest(game.id(), "Bea", null);
        users.as(host, () -> live.start(game.id()));
        live.answer(a, 0, new ChoiceResponse(0));
        users.as(host, () -> live.reveal(game.id()));
        users.as(host, () -> live.next(game.id()));
        live.answer(a, 1, new TrueFalseResponse(true));

        games.forget(game.id()); // the server restarts: nothing in memory

        var resumed = users.as(host, () -> live.hostView(game.id()));
        assertThat(resumed.state()).isEqualTo(LiveState.OPEN);
        assertThat(resumed.paused()).isTrue();
        assertThat(resumed.index()).isEqualTo(1);
        assertThat(resumed.answered()).isEqualTo(1);
        assertThat(resumed.players()).extracting(PlayerInfo::score).containsExactly(1000, 0);
        assertRefused(() -> live.answer(b, 1, new TrueFalseResponse(true)), Reason.PAUSED);
        users.as(host, () -> live.resume(game.id()));
        assertRefused(() -> live.answer(a, 1, new TrueFalseResponse(false)), Reason.ALREADY_ANSWERED);
        live.answer(b, 1, new TrueFalseResponse(true));
        awaitState(host, game.id(), LiveState.LOCKED);
        var revealed = users.as(host, () -> live.reveal(game.id()));
        assertThat(revealed.leaderboard()).extracting(Standing::name, Standing::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada", 2000), org.assertj.core.groups.Tuple.tuple("Bea", 1000));
    }

    @Test
    void skipping_a_question_keeps_its_answers_in_the_report_but_gives_no_points() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE, TRUE_FALSE);
        var a = live.joinAsGuest(game.id(), "Ada", null);
        users.as(host, () -> live.start(game.id()));
        live.answer(a, 0, new ChoiceResponse(0));
        var next = users.as(host, () -> live.skip(game.id()));
        assertThat(next.index()).isEqualTo(1);
        assertThat(next.state()).isEqualTo(LiveState.OPEN);
        assertThat(live.playerView(a).score()).isZero();
        var report = users.as(host, () -> live.report(game.id()));
        assertThat(report.questions().getFirst().skipped()).isTrue();
        assertThat(report.answers()).singleElement().extracting(LiveReport.AnswerLine::counted).isEqualTo(false);
    }

    @Test
    void a_removed_player_may_come_back_only_if_the_host_allows_it() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE);
        var a = live.joinAsGuest(game.id(), "Ada", null);
        var b = live.joinAsGuest(game.id(), "Bea", null);
        users.as(host, () -> live.removePlayer(game.id(), a.playerId(), true));
        users.as(host, () -> live.removePlayer(game.id(), b.playerId(), false));
        users.as(host, () -> live.start(game.id()));
        assertRefused(() -> live.answer(a, 0, new ChoiceResponse(0)), Reason.REMOVED);
        assertThat(live.joinAsGuest(game.id(), "x", a).playerId()).isEqualTo(a.playerId());
        assertRefused(() -> live.joinAsGuest(game.id(), "x", b), Reason.BANNED);
        assertRefused(() -> live.answer(b, 0, new ChoiceResponse(1)), Reason.REMOVED);
        users.as(host, () -> live.letBackIn(game.id(), b.playerId()));
        live.answer(b, 0, new ChoiceResponse(1));
        live.answer(a, 0, new ChoiceResponse(0));
    }

    @Test
    void join_rules_guests_late_joiners_and_nicknames() {
        var host = fixtures.instructor();
        var closed = fixtures.game(host, new LiveSettings(20, true, true, true, false, false), CHOICE);
        assertRefused(() -> live.joinAsGuest(closed.id(), "Guest", null), Reason.GUESTS_NOT_ALLOWED);
        users.as(host, () -> live.start(closed.id()));
        var late = fixtures.student();
        assertRefused(() -> users.as(late, () -> live.joinAsStudent(closed.id())), Reason.LATE_JOIN_NOT_ALLOWED);

        var open = fixtures.game(host, LiveSettings.defaults(), CHOICE);
        assertRefused(() -> live.joinAsGuest(open.id(), "\u202e\u0000 \t", null), Reason.BAD_NICKNAME);
        assertRefused(() -> live.joinAsGuest(open.id(), "x".repeat(21), null), Reason.BAD_NICKNAME);
        live.joinAsGuest(open.id(), "Zoë", null);
        assertRefused(() -> live.joinAsGuest(open.id(), "ZOE", null), Reason.NICKNAME_TAKEN);
    }

    @Test
    void games_are_isolated_from_each_other() {
        var host = fixtures.instructor();
        var one = fixtures.game(host, accuracyOnly(), CHOICE);
        var two = fixtures.game(host, accuracyOnly(), CHOICE);
        assertThat(one.joinCode()).isNotEqualTo(two.joinCode());
        var inOne = live.joinAsGuest(one.id(), "Same Name", null);
        var inTwo = live.joinAsGuest(two.id(), "Same Name", null);
        users.as(host, () -> live.start(one.id()));
        live.answer(inOne, 0, new ChoiceResponse(0));
        assertRefused(() -> live.answer(inTwo, 0, new ChoiceResponse(0)), Reason.NOT_OPEN);
        assertRefused(() -> live.answer(new PlayerTicket(two.id(), inOne.playerId(), inOne.token(), "x"), 0,
                new ChoiceResponse(0)), Reason.NOT_A_PLAYER);
        assertThat(users.as(host, () -> live.hostView(two.id())).answered()).isZero();
    }

    @Test
    void a_student_or_another_instructor_cannot_run_the_game() {
        var host = fixtures.instructor();
        var game = fixtures.game(host, accuracyOnly(), CHOICE);
        var student = fixtures.student();
        var other = fixtures.instructor();
        assertThatThrownBy(() -> users.as(student, () -> live.start(game.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> live.hostView(game.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> live.report(game.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> live.create(LiveSetup.wholeDeck(fixtures.deckId(host),
                LiveSettings.defaults())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> live.start(game.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> {
            live.removePlayer(game.id(), 1L, false);
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.joinAsStudent(game.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void a_whole_deck_game_leaves_out_what_it_cannot_grade_and_typed_answers_use_the_quiz_grader() {
        var host = fixtures.instructor();
        var game = users.as(host, () -> live.create(LiveSetup.wholeDeck(fixtures.deckId(host), LiveSettings.defaults())));
        assertThat(game.questionCount()).isEqualTo(24); // 28 questions, 4 of them flashcards

        var typed = fixtures.game(host, accuracyOnly(), SHORT);
        var p = live.joinAsGuest(typed.id(), "Typist", null);
        users.as(host, () -> live.start(typed.id()));
        live.answer(p, 0, new TextResponse("jiang zemim")); // one typo forgiven
        users.as(host, () -> live.reveal(typed.id()));
        assertThat(live.playerView(p).current().correct()).isTrue();
    }

    private void awaitState(UserSummary host, Long id, LiveState state) {
        awaitTrue(() -> users.as(host, () -> live.hostView(id)).state() == state);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void assertRefused(Runnable call, Reason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LiveRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

}
