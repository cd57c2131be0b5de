package com.quizdeck.study;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.RosterEntry;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.SharedDeck;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.Grader;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.study.fsrs.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flashcards: each student studies the decks of their classes, scheduled by FSRS-6. A student only ever reads and
 * changes their own cards (every method works on the caller's cards, and refuses a card, review or deck that is not
 * theirs); an instructor sees aggregates of the classes they teach.
 *
 * <p>Times are UTC instants; methods that need the student's calendar day (the daily limit of new cards, the
 * activity chart) take their time zone.
 */
@Service
@RequiredArgsConstructor
public class StudyService {

    static final int ACTIVITY_DAYS = 30;
    private static final Grader GRADER = new Grader();

    private final StudentCardRepository cards;
    private final ReviewLogRepository reviews;
    private final DeckSettingRepository settings;
    private final CardReviewer reviewer;
    private final AnswerReviews answerReviews;
    private final DeckService decks;
    private final ClassroomService classrooms;
    private final StudyProperties properties;
    private final Clock clock;

    // ---------------------------------------------------------------- overview (flashcards page, student home)

    /**
     * Every deck of the student's classes with what is due now: one row per class and deck, by class name and deck
     * title. Brings the student's cards up to date with the decks first (see {@link #start}), so that the counts
     * here and in a session agree.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public List<DeckStudyStatus> myDecks(ZoneId zone) {
        var shared = decks.myDecks();
        if (shared.isEmpty()) {
            return List.of();
        }
        var me = CurrentUser.id();
        var now = clock.instant();
        var deckIds = shared.stream().map(SharedDeck::deckId).distinct().toList();
        deckIds.forEach(deckId -> sync(me, deckId, now));
        var today = today(me, deckIds, now, zone);
        return shared.stream()
                .map(deck -> {
                    var d = today.get(deck.deckId());
                    return new DeckStudyStatus(deck.classId(), deck.className(), deck.deckId(), deck.title(),
                            deck.questionCount(), d.counts(), d.newWaiting(), d.nextDue(), d.newPerDay());
                })
                .toList();
    }

    /** The student's classes with their decks and what is due now in each ("12 cards due"). */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public List<ClassStudyStatus> myClasses(ZoneId zone) {
        var byClass = new LinkedHashMap<Long, List<DeckStudyStatus>>();
        for (var deck : myDecks(zone)) {
            byClass.computeIfAbsent(deck.classId(), k -> new ArrayList<>()).add(deck);
        }
        var result = new ArrayList<ClassStudyStatus>();
        for (var classroom : classrooms.myClasses()) {
            var list = byClass.getOrDefault(classroom.id(), List.of());
            var today = list.stream().map(DeckStudyStatus::today).reduce(StudyCounts.NONE, StudyCounts::plus);
            var nextDue = list.stream().map(DeckStudyStatus::nextDue).filter(Objects::nonNull).min(Instant::compareTo)
                    .orElse(null);
            result.add(new ClassStudyStatus(classroom.id(), classroom.name(), today, nextDue, list));
        }
        return result;
    }

    /**
     * The student's reviews per day over the last 30 days (today included) in their time zone, and how many learnt
     * cards they recalled.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudyActivity myActivity(ZoneId zone) {
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var first = today.minusDays(ACTIVITY_DAYS - 1L);
        var days = new LinkedHashMap<LocalDate, int[]>();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, new int[3]);
        }
        for (var row : reviews.activitySince(CurrentUser.id(), first.atStartOfDay(zone).toInstant())) {
            var counts = days.get(LocalDate.ofInstant(row.getReviewedAt(), zone));
            if (counts == null) {
                continue; // a review timed after now (clock skew)
            }
            counts[0]++;
            if (row.getStateBefore() == CardStatus.REVIEW && row.getSource().schedules()) {
                counts[1]++;
                if (row.getRating() != Rating.AGAIN.value()) {
                    counts[2]++;
                }
            }
        }
        return new StudyActivity(days.entrySet().stream()
                .map(e -> new DayActivity(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList());
    }

    // ---------------------------------------------------------------- studying

    /**
     * Opens a study session on a deck or a class's decks: brings the student's cards up to date with the decks
     * (new questions become new cards, removed ones are put away) and returns the first card.
     *
     * @throws AccessDeniedException for a deck not given to one of the student's classes, or a class they are not in
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public StudySession start(StudyScope scope, ZoneId zone) {
        var me = CurrentUser.id();
        var resolved = resolve(scope);
        var now = clock.instant();
        resolved.deckIds().forEach(deckId -> sync(me, deckId, now));
        int perDay = resolved.deckIds().isEmpty() ? properties.newCardsPerDay()
                : newPerDay(me, resolved.deckIds()).get(resolved.deckIds().getFirst());
        boolean typed = !resolved.deckIds().isEmpty() && settings
                .findByStudentIdAndDeckId(me, resolved.deckIds().getFirst()).map(DeckSetting::isTypedAnswers)
                .orElse(false);
        return new StudySession(scope, resolved.title(), resolved.deckIds(), perDay, typed,
                queue(me, resolved, now, zone, null));
    }

    /**
     * The card to study now: the most overdue learning, relearning or review card (so learning cards come back
     * within the session when due), else the next new card in deck order while today's limit allows.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudyQueue next(StudyScope scope, ZoneId zone) {
        return queue(CurrentUser.id(), resolve(scope), clock.instant(), zone, null);
    }

    /** Rates the shown card, reschedules it, and returns the next. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public RatedCard rate(Long cardId, Rating rating, StudyScope scope, ZoneId zone) {
        Objects.requireNonNull(rating, "rating");
        var me = CurrentUser.id();
        var resolved = resolve(scope);
        var card = ownCard(cardId, resolved);
        var now = clock.instant();
        var entry = reviewer.review(card, rating, now, ReviewSource.STUDY, null, card.getVersionId());
        return new RatedCard(entry.getId(), card.getId(), rating, card.getState(), card.getDue(),
                Duration.between(now, card.getDue()), queue(me, resolved, now, zone, null));
    }

    /**
     * Takes back a rating given on the study screen (or in practice): the card gets its schedule from before, the
     * log entry goes, and the card is the one to show again. Only a card's last review can be undone, and never one
     * from a quiz or live session.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public StudyQueue undo(Long reviewId, StudyScope scope, ZoneId zone) {
        var me = CurrentUser.id();
        var entry = reviews.findById(reviewId).filter(r -> r.getStudentId().equals(me))
                .orElseThrow(() -> new AccessDeniedException("This rating is not yours to undo."));
        if (entry.getSource() != ReviewSource.STUDY && entry.getSource() != ReviewSource.CRAM) {
            throw new IllegalStateException("Only ratings given while studying can be undone, not answers from a "
                    + entry.getSource().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        var resolved = resolve(scope);
        var card = ownCard(entry.getCardId(), resolved);
        var latest = reviews.findFirstByCardIdOrderByIdDesc(card.getId()).orElseThrow();
        if (!latest.getId().equals(entry.getId())) {
            throw new IllegalStateException("This card has been reviewed again since; only its last rating can be "
                    + "undone.");
        }
        if (entry.getSource().schedules()) {
            card.restore(entry.before(card));
            cards.save(card);
        }
        reviews.delete(entry);
        return queue(me, resolved, clock.instant(), zone, card);
    }

    /**
     * Practice ahead: every card of the session once, deck by deck in deck order, whatever its due time; the next
     * after {@code afterCardId} (null: the first).
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public PracticeQueue practice(StudyScope scope, Long afterCardId) {
        var me = CurrentUser.id();
        var deckIds = resolve(scope).deckIds();
        int deckIndex = 0;
        long after = 0;
        if (afterCardId != null) {
            var last = cards.findById(afterCardId).filter(c -> c.getStudentId().equals(me))
                    .orElseThrow(() -> new AccessDeniedException("This card is not yours."));
            deckIndex = Math.max(0, deckIds.indexOf(last.getDeckId()));
            after = afterCardId;
        }
        Optional<StudentCard> next = Optional.empty();
        long remaining = 0;
        for (int i = deckIndex; i < deckIds.size(); i++) {
            long from = i == deckIndex ? after : 0;
            if (next.isEmpty()) {
                next = cards.findFirstByStudentIdAndDeckIdAndIdGreaterThanAndRetiredFalseOrderById(me, deckIds.get(i),
                        from);
            }
            remaining += cards.countByStudentIdAndDeckIdAndIdGreaterThanAndRetiredFalse(me, deckIds.get(i), from);
        }
        var now = clock.instant();
        return new PracticeQueue(next.map(c -> toStudyCard(c, now, false)).orElse(null), remaining);
    }

    /**
     * Rates a card in practice: logged as {@link ReviewSource#CRAM}, the schedule stays as it was.
     *
     * @return the review-log entry, to undo it
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public Long practiceRate(Long cardId, Rating rating, StudyScope scope) {
        Objects.requireNonNull(rating, "rating");
        var card = ownCard(cardId, resolve(scope));
        return reviewer.review(card, rating, clock.instant(), ReviewSource.CRAM, null, card.getVersionId()).getId();
    }

    /** The last reviews of one of the student's cards, newest first, with where each came from. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<CardReview> history(Long cardId) {
        var me = CurrentUser.id();
        var card = cards.findById(cardId).filter(c -> c.getStudentId().equals(me))
                .orElseThrow(() -> new AccessDeniedException("This card is not yours."));
        return reviews.findTop10ByCardIdOrderByIdDesc(card.getId()).stream()
                .map(r -> new CardReview(r.getId(), r.getReviewedAt(), r.rating(), r.getSource(), r.getStateBefore(),
                        r.getStateAfter(), r.getDueAfter(), r.getIntervalAfterSeconds() == null ? Duration.ZERO
                                : Duration.ofSeconds(r.getIntervalAfterSeconds())))
                .toList();
    }

    /** The student's daily limit of new cards for a deck (0 to 9999). */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public int setNewCardsPerDay(Long deckId, int perDay) {
        if (perDay < 0 || perDay > StudyProperties.MAX_NEW_PER_DAY) {
            throw new InvalidInputException("newPerDay",
                    "Enter a number of new cards per day from 0 to " + StudyProperties.MAX_NEW_PER_DAY + ".");
        }
        var me = CurrentUser.id();
        resolve(StudyScope.deck(deckId));
        var setting = settings.findByStudentIdAndDeckId(me, deckId)
                .orElseGet(() -> new DeckSetting(me, deckId));
        setting.setNewPerDay(perDay);
        settings.save(setting);
        return perDay;
    }

    /** Whether the student types the answers of a deck's short-answer and flashcard cards before turning them. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public boolean setTypedAnswers(Long deckId, boolean typed) {
        var me = CurrentUser.id();
        resolve(StudyScope.deck(deckId));
        var setting = settings.findByStudentIdAndDeckId(me, deckId)
                .orElseGet(() -> new DeckSetting(me, deckId));
        setting.setTypedAnswers(typed);
        settings.save(setting);
        return typed;
    }

    /**
     * Compares a typed answer with one of the student's short-answer cards, with the grader quizzes use, and
     * suggests the rating a quiz answer with that credit would count as (see {@link #recordAnswers}). A flashcard's
     * back is not graded: the student compares it themselves. Changes nothing.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public TypedAnswerCheck checkTypedAnswer(Long cardId, String typed) {
        var me = CurrentUser.id();
        var card = cards.findById(cardId).filter(c -> c.getStudentId().equals(me))
                .orElseThrow(() -> new AccessDeniedException("This card is not yours."));
        var question = decks.questionsAt(List.of(card.getVersionId())).get(card.getVersionId()).question();
        if (!(question instanceof ShortAnswerQuestion)) {
            return new TypedAnswerCheck(false, 0, false, null);
        }
        var grade = GRADER.grade(question, new TextResponse(typed));
        return new TypedAnswerCheck(true, grade.fraction(), grade.status() == Grade.Status.CORRECT,
                ReviewRatings.forAnswer(grade.fraction(), false, card.getState()));
    }

    // ---------------------------------------------------------------- memory figures

    /** How well the student remembers a deck now: the mean predicted retrievability of their studied cards. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public DeckMemory myMemory(Long deckId) {
        var me = CurrentUser.id();
        var deck = decks.myDecks().stream().filter(d -> d.deckId().equals(deckId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This deck is not shared with you."));
        return memory(deckId, deck.questionCount(), List.of(me)).get(me);
    }

    /**
     * How well a class remembers one of its decks now: over all its students' studied cards, and per student. For
     * the class's instructor (or an admin).
     *
     * @throws AccessDeniedException for a class the caller does not teach, or a deck not given to it
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ClassMemory classMemory(Long classId, Long deckId) {
        var deck = decks.decksOfClass(classId).stream().filter(d -> d.deckId().equals(deckId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This deck is not given to this class."));
        var roster = classrooms.roster(classId);
        var ids = roster.stream().map(RosterEntry::studentId).toList();
        var perStudent = memory(deckId, deck.questionCount(), ids);
        var students = roster.stream()
                .map(r -> new StudentMemory(r.studentId(), r.displayName(), perStudent.get(r.studentId())))
                .toList();
        long studied = perStudent.values().stream().mapToLong(DeckMemory::studied).sum();
        double sum = perStudent.values().stream()
                .filter(m -> m.retrievability() != null)
                .mapToDouble(m -> m.retrievability() * m.studied()).sum();
        var overall = new DeckMemory(deckId, deck.questionCount() * ids.size(), studied,
                studied == 0 ? null : sum / studied);
        return new ClassMemory(classId, deckId, overall, students);
    }

    // ---------------------------------------------------------------- answers from quizzes and live sessions

    /**
     * Counts graded answers as reviews of a student's cards, for modules that run as the system (the live module's
     * event listener, see docs/decisions/005-flashcards.md). Quiz attempts arrive through {@code AttemptSubmitted}
     * without this method. Rules: wrong (or under half credit) is Again, at least half is Hard, right is Good, right
     * and {@code fast} on a card already in review is Easy; unanswered and ungraded answers are not counted; a
     * batch with the same source and id is counted once.
     *
     * @param source   {@link ReviewSource#QUIZ} or {@link ReviewSource#LIVE}
     * @param sourceId the attempt or live session
     * @return how many answers were counted
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int recordAnswers(ReviewSource source, Long sourceId, Long studentId, Long deckId,
            List<AnswerReview> answers) {
        return answerReviews.record(source, sourceId, studentId, deckId, answers);
    }

    // ---------------------------------------------------------------- internals

    /** The decks a scope covers, checked against the student's classes. */
    private record Resolved(String title, List<Long> deckIds) {
    }

    private Resolved resolve(StudyScope scope) {
        Objects.requireNonNull(scope, "scope");
        var mine = decks.myDecks();
        return switch (scope.kind()) {
            case DECK -> mine.stream().filter(d -> d.deckId().equals(scope.id())).findFirst()
                    .map(d -> new Resolved(d.title(), List.of(d.deckId())))
                    .orElseThrow(() -> new AccessDeniedException("This deck is not shared with you."));
            case CLASS -> {
                var classroom = classrooms.myClasses().stream().filter(c -> c.id().equals(scope.id())).findFirst()
                        .orElseThrow(() -> new AccessDeniedException("No such class, or you are not in it."));
                yield new Resolved(classroom.name(), mine.stream().filter(d -> d.classId().equals(scope.id()))
                        .map(SharedDeck::deckId).distinct().toList());
            }
        };
    }

    private StudentCard ownCard(Long cardId, Resolved resolved) {
        var me = CurrentUser.id();
        var card = cards.findById(cardId).filter(c -> c.getStudentId().equals(me))
                .orElseThrow(() -> new AccessDeniedException("This card is not yours."));
        if (!resolved.deckIds().contains(card.getDeckId())) {
            throw new AccessDeniedException("This card is not part of this study session.");
        }
        return card;
    }

    /**
     * Brings the student's cards of a deck up to the deck's current questions, when the deck changed since the last
     * time: new questions become new cards (in deck order), changed ones show their new version, removed ones are
     * retired with their history. A card keeps its schedule through edits.
     */
    private void sync(Long me, Long deckId, Instant now) {
        var summary = decks.summary(deckId);
        var setting = settings.findByStudentIdAndDeckId(me, deckId).orElseGet(() -> new DeckSetting(me, deckId));
        if (Objects.equals(setting.getSyncedContentVersion(), summary.contentVersion())) {
            return;
        }
        var existing = cards.findByStudentIdAndDeckId(me, deckId).stream()
                .collect(Collectors.toMap(StudentCard::getQuestionId, Function.identity()));
        var added = new ArrayList<StudentCard>();
        int position = 0;
        for (var ref : decks.currentQuestions(deckId)) {
            var card = existing.remove(ref.questionId());
            if (card == null) {
                added.add(new StudentCard(me, deckId, ref.questionId(), ref.versionId(), position, now));
            } else {
                card.follow(ref.versionId(), position);
            }
            position++;
        }
        existing.values().forEach(StudentCard::retire);
        cards.saveAll(added);
        setting.synced(summary.contentVersion());
        settings.save(setting);
    }

    /** What one deck has for the student today. */
    private record DeckToday(StudyCounts counts, long newWaiting, Instant nextDue, int newPerDay) {
    }

    /**
     * Per deck: cards due now, new cards left within today's limit, the next due time. A few queries per deck, each
     * an index range or a first row of {@code ix_study_card_deck_due}.
     */
    private Map<Long, DeckToday> today(Long me, List<Long> deckIds, Instant now, ZoneId zone) {
        var started = newStartedToday(me, deckIds, now, zone);
        var perDay = newPerDay(me, deckIds);
        var result = new HashMap<Long, DeckToday>();
        for (var deckId : deckIds) {
            int learning = 0;
            int review = 0;
            for (var row : cards.dueNowInDeck(me, deckId, StudyQueries.DUE_FLOOR, now)) {
                if (row.getState() == CardStatus.REVIEW) {
                    review += (int) row.getN();
                } else {
                    learning += (int) row.getN();
                }
            }
            long fresh = cards.countNewInDeck(me, deckId);
            int limit = perDay.get(deckId);
            int newToday = (int) Math.min(fresh, Math.max(0, limit - started.getOrDefault(deckId, 0L)));
            var nextDue = cards.nextLaterInDeck(me, deckId, now).map(StudentCard::getDue).orElse(null);
            result.put(deckId, new DeckToday(new StudyCounts(newToday, learning, review), fresh - newToday, nextDue,
                    limit));
        }
        return result;
    }

    /**
     * The queue of a session at {@code now}: the most overdue card of its decks, else the first new card of a deck
     * with room left today. {@code current}: a card to show first whatever its due time (the card an undo brought
     * back).
     */
    private StudyQueue queue(Long me, Resolved resolved, Instant now, ZoneId zone, StudentCard current) {
        var deckIds = resolved.deckIds();
        if (deckIds.isEmpty()) {
            return new StudyQueue(null, StudyCounts.NONE, null, 0);
        }
        var today = today(me, deckIds, now, zone);
        var counts = StudyCounts.NONE;
        long newWaiting = 0;
        Instant nextDue = null;
        for (var deckId : deckIds) {
            var d = today.get(deckId);
            counts = counts.plus(d.counts());
            newWaiting += d.newWaiting();
            if (d.nextDue() != null && (nextDue == null || d.nextDue().isBefore(nextDue))) {
                nextDue = d.nextDue();
            }
        }
        StudentCard pick = current;
        if (pick == null) {
            // One indexed query per deck (a deck session asks one); the earliest due wins.
            for (var deckId : deckIds) {
                if (today.get(deckId).counts().learning() + today.get(deckId).counts().due() == 0) {
                    continue;
                }
                var candidate = cards.nextDueInDeck(me, deckId, StudyQueries.DUE_FLOOR, now).orElse(null);
                if (candidate != null && (pick == null || candidate.getDue().isBefore(pick.getDue()))) {
                    pick = candidate;
                }
            }
        }
        if (pick == null) {
            for (var deckId : deckIds) {
                if (today.get(deckId).counts().newCards() > 0) {
                    pick = cards.nextNewInDeck(me, deckId).orElse(null);
                    if (pick != null) {
                        break;
                    }
                }
            }
        }
        return new StudyQueue(pick == null ? null : toStudyCard(pick, now, true), counts, nextDue, newWaiting);
    }

    private StudyCard toStudyCard(StudentCard card, Instant now, boolean withIntervals) {
        var question = decks.questionsAt(List.of(card.getVersionId())).get(card.getVersionId());
        if (question == null) {
            throw new IllegalStateException("The question of card " + card.getId() + " is gone.");
        }
        return new StudyCard(card.getId(), card.getDeckId(), card.getQuestionId(), card.getVersionId(),
                question.question(), card.getState(), card.getDue(), card.getLastReview(), card.getReps(),
                card.getLapses(), withIntervals ? reviewer.preview(card, now) : Map.of());
    }

    /** New cards started on the study screen since the start of the student's day, per deck. */
    private Map<Long, Long> newStartedToday(Long me, Collection<Long> deckIds, Instant now, ZoneId zone) {
        var startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return reviews.newStartedSince(me, deckIds, startOfDay).stream()
                .collect(Collectors.toMap(ReviewLogRepository.DeckCount::getDeckId, ReviewLogRepository.DeckCount::getN));
    }

    /** The daily limit of new cards for each deck: the student's own, else the application's default. */
    private Map<Long, Integer> newPerDay(Long me, Collection<Long> deckIds) {
        var own = settings.findByStudentIdAndDeckIdIn(me, deckIds).stream()
                .filter(s -> s.getNewPerDay() != null)
                .collect(Collectors.toMap(DeckSetting::getDeckId, DeckSetting::getNewPerDay));
        var result = new HashMap<Long, Integer>();
        deckIds.forEach(id -> result.put(id, own.getOrDefault(id, properties.newCardsPerDay())));
        return result;
    }

    /** Per student: the mean retrievability of their studied cards of a deck now. */
    private Map<Long, DeckMemory> memory(Long deckId, long cardsPerStudent, Collection<Long> studentIds) {
        var now = clock.instant();
        var sums = new HashMap<Long, double[]>();
        if (!studentIds.isEmpty()) {
            for (var row : cards.memoryRows(deckId, studentIds)) {
                var sum = sums.computeIfAbsent(row.getStudentId(), k -> new double[2]);
                sum[0] += reviewer.retrievability(row.getStability(), row.getDifficulty(), row.getLastReview(), now);
                sum[1]++;
            }
        }
        var result = new HashMap<Long, DeckMemory>();
        for (var id : studentIds) {
            var sum = sums.get(id);
            result.put(id, sum == null ? new DeckMemory(deckId, cardsPerStudent, 0, null)
                    : new DeckMemory(deckId, cardsPerStudent, (long) sum[1], sum[0] / sum[1]));
        }
        return result;
    }
}
