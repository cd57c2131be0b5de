package com.quizdeck.study;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.RosterEntry;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.SharedDeck;
import com.quizdeck.study.fsrs.Rating;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only flashcard figures for the dashboards: cards due, memory (mean FSRS retrievability of studied cards) and
 * review activity, per student and deck. A constant number of statements per call: one over the studied cards (row
 * by row for a small class, added up by the database for a large one), and for one student one over their reviews.
 * Nothing here writes (the student's own flashcard pages bring cards up to date with their decks; here a deck never
 * opened simply has no studied cards).
 *
 * <p>Access: an instructor reads the classes they teach (an admin any); a student only their own cards.
 */
@Service
@RequiredArgsConstructor
public class StudyProgressService {

    /** How far back the streak looks. */
    static final int STREAK_LOOKBACK_DAYS = 400;

    /** Above this many students, a class's cards are read by deck rather than by a list of student ids. */
    static final int LARGE_CLASS = 200;

    /** {@link #LARGE_CLASS}; a test lowers it to read a small class the way a large one is read. */
    private int largeClass = LARGE_CLASS;

    private final EntityManager em;
    private final CardReviewer reviewer;
    private final ClassroomService classrooms;
    private final DeckService decks;
    private final Clock clock;

    /** Per student of the class and deck given to it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StudentDeckStudy> classStudy(Long classId) {
        var classDecks = decks.decksOfClass(classId); // refuses a class the caller does not teach
        var students = classrooms.roster(classId).stream().map(RosterEntry::studentId).toList();
        return figures(students, distinctDecks(classDecks));
    }

    /** One student of a class the caller teaches: per deck of the class, activity and streak. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public StudyProgress studentStudy(Long classId, Long studentId, ZoneId zone) {
        var classDecks = decks.decksOfClass(classId);
        if (!classrooms.isMember(classId, studentId)) {
            throw new AccessDeniedException("This student is not in this class.");
        }
        return progress(studentId, distinctDecks(classDecks), zone);
    }

    /** The calling student's own figures, over the decks of all their classes. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudyProgress myStudy(ZoneId zone) {
        return progress(CurrentUser.id(), distinctDecks(decks.myDecks()), zone);
    }

    private StudyProgress progress(Long studentId, Map<Long, Long> deckSizes, ZoneId zone) {
        var figures = figures(List.of(studentId), deckSizes);
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var since = today.minusDays(STREAK_LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
        var rows = em.createQuery("""
                select r.reviewedAt, r.rating, r.stateBefore, r.source from ReviewLogEntry r
                where r.studentId = :studentId and r.reviewedAt >= :since
                """, Object[].class)
                .setParameter("studentId", studentId).setParameter("since", since).getResultList();
        var first = today.minusDays(StudyService.ACTIVITY_DAYS - 1L);
        var days = new LinkedHashMap<LocalDate, int[]>();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, new int[3]);
        }
        var studyDays = new TreeSet<LocalDate>();
        for (var row : rows) {
            var day = LocalDate.ofInstant((Instant) row[0], zone);
            studyDays.add(day);
            var counts = days.get(day);
            if (counts == null) {
                continue;
            }
            counts[0]++;
            if (row[2] == CardStatus.REVIEW && ((ReviewSource) row[3]).schedules()) {
                counts[1]++;
                if (((Number) row[1]).intValue() != Rating.AGAIN.value()) {
                    counts[2]++;
                }
            }
        }
        var activity = new StudyActivity(days.entrySet().stream()
                .map(e -> new DayActivity(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList());
        return new StudyProgress(studentId, figures, activity, streak(studyDays, today));
    }

    /** Consecutive study days ending today, or yesterday when today has none yet. */
    static int streak(java.util.NavigableSet<LocalDate> studyDays, LocalDate today) {
        var day = studyDays.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (studyDays.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }

    /** deck id → questions now, each deck once. */
    private static Map<Long, Long> distinctDecks(List<SharedDeck> shared) {
        var result = new LinkedHashMap<Long, Long>();
        shared.forEach(d -> result.putIfAbsent(d.deckId(), d.questionCount()));
        return result;
    }

    private List<StudentDeckStudy> figures(Collection<Long> studentIds, Map<Long, Long> deckSizes) {
        if (studentIds.isEmpty() || deckSizes.isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        var figures = studentIds.size() > largeClass ? figuresByDeck(studentIds, deckSizes.keySet(), now)
                : figuresOfStudents(studentIds, deckSizes.keySet(), now);
        var result = new ArrayList<StudentDeckStudy>();
        var seen = new HashSet<List<Long>>();
        for (var student : studentIds) {
            for (var deck : deckSizes.entrySet()) {
                var key = List.of(student, deck.getKey());
                if (!seen.add(key)) {
                    continue;
                }
                var f = figures.get(key);
                result.add(f == null ? new StudentDeckStudy(student, deck.getKey(), deck.getValue(), 0, 0, null, null)
                        : new StudentDeckStudy(student, deck.getKey(), deck.getValue(), f.studied, f.dueNow,
                                f.retrievabilitySum / f.studied, f.lastReview));
            }
        }
        return result;
    }

    /**
     * A small class's studied cards, one row each, added up here. One pass (no GROUP BY): H2 answered the grouped form
     * with a list of students by walking a whole index and testing each entry against the list.
     */
    private Map<List<Long>, CardFigures> figuresOfStudents(Collection<Long> studentIds, Collection<Long> deckIds,
            Instant now) {
        var figures = new HashMap<List<Long>, CardFigures>();
        try (var stream = em.createQuery("""
                select c.studentId, c.deckId, c.due, c.lastReview, c.stability, c.difficulty
                from StudentCard c
                where c.deckId in :deckIds and c.studentId in :studentIds and c.retired = false
                  and c.state <> com.quizdeck.study.CardStatus.NEW
                """, Object[].class)
                .setParameter("deckIds", deckIds).setParameter("studentIds", studentIds).getResultStream()) {
            stream.forEach(row -> {
                var f = figures.computeIfAbsent(List.of((Long) row[0], (Long) row[1]), k -> new CardFigures());
                f.studied++;
                var due = (Instant) row[2];
                if (due != null && !due.isAfter(now)) {
                    f.dueNow++;
                }
                var last = (Instant) row[3];
                if (last != null && (f.lastReview == null || last.isAfter(f.lastReview))) {
                    f.lastReview = last;
                }
                f.retrievabilitySum += reviewer.retrievability((Double) row[4], (Double) row[5], last, now);
            });
        }
        return figures;
    }

    /**
     * A large class (a year group) read by deck and added up by the database, one row per student and deck: the
     * year group's 85,000 cards read one by one into Java took most of its dashboard's time (bench/results). By deck,
     * not by a list of 1,000 student ids: H2 answers "student_id in (?, ... 1,000 parameters)" with a seek per
     * student and a row lookup per card. Students outside the class who study the same decks are dropped here.
     * The retrievability sum is {@link com.quizdeck.study.fsrs.Scheduler#retrievability}'s formula in SQL: whole
     * days elapsed, 1 on the day of the review, 0 for a card without a memory state.
     */
    private Map<List<Long>, CardFigures> figuresByDeck(Collection<Long> studentIds, Collection<Long> deckIds,
            Instant now) {
        var wanted = new HashSet<>(studentIds);
        var figures = new HashMap<List<Long>, CardFigures>();
        var rows = em.createQuery("""
                select c.studentId, c.deckId, count(c),
                  sum(case when c.due is not null and c.due <= :now then 1 else 0 end),
                  max(c.lastReview),
                  sum(case when c.lastReview is null or c.stability is null then 0e0
                           when c.lastReview >= :now then 1e0
                           else power(1e0 + :factor * floor(((:now - c.lastReview) by second) / 86400e0)
                                / c.stability, :decay) end)
                from StudentCard c
                where c.deckId in :deckIds and c.retired = false and c.state <> com.quizdeck.study.CardStatus.NEW
                group by c.studentId, c.deckId
                """, Object[].class)
                .setParameter("deckIds", deckIds).setParameter("now", now)
                .setParameter("factor", reviewer.curveFactor()).setParameter("decay", reviewer.curveDecay())
                .getResultList();
        for (var row : rows) {
            if (!wanted.contains((Long) row[0])) {
                continue;
            }
            var f = new CardFigures();
            f.studied = ((Number) row[2]).longValue();
            f.dueNow = ((Number) row[3]).longValue();
            f.lastReview = (Instant) row[4];
            f.retrievabilitySum = ((Number) row[5]).doubleValue();
            figures.put(List.of((Long) row[0], (Long) row[1]), f);
        }
        return figures;
    }

    /** What one student's studied (not new) cards of one deck add up to. */
    private static final class CardFigures {
        long studied;
        long dueNow;
        double retrievabilitySum;
        Instant lastReview;
    }
}
