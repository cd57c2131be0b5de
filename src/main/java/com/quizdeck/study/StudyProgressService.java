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
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only flashcard figures for the dashboards: cards due, memory (mean FSRS retrievability of studied cards) and
 * review activity, per student and deck. A constant number of statements per call: one that streams the studied
 * cards' memory state, and for one student one over their reviews.
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
        var figures = cardFigures(studentIds, deckSizes.keySet(), now);
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
     * The studied cards of the students, one row each, added up here. Not GROUP BY: H2 answered the grouped form with
     * a list of students by walking a whole index and testing each entry against the list, and for a year group its
     * per-row arithmetic (the forgetting curve) took longer than reading the rows (bench/results). A large class (a
     * year group) is read by deck and its students' cards kept here: H2 answers "student_id in (?, ... 1,000
     * parameters)" with a seek per student and a row lookup per card. Only the columns the figures need: each one
     * converted costs time on the year group's 85,000 rows.
     */
    private Map<List<Long>, CardFigures> cardFigures(Collection<Long> studentIds, Collection<Long> deckIds,
            Instant now) {
        boolean byDeck = studentIds.size() > largeClass;
        var wanted = byDeck ? new HashSet<>(studentIds) : Set.<Long>of();
        var query = em.createQuery("""
                select c.studentId, c.deckId, c.due, c.lastReview, c.stability, c.difficulty
                from StudentCard c
                where c.deckId in :deckIds and c.retired = false and c.state <> com.quizdeck.study.CardStatus.NEW
                """ + (byDeck ? "" : " and c.studentId in :studentIds"), Object[].class)
                .setParameter("deckIds", deckIds);
        if (!byDeck) {
            query.setParameter("studentIds", studentIds);
        }
        var figures = new HashMap<List<Long>, CardFigures>();
        try (var stream = query.getResultStream()) {
            stream.forEach(row -> {
                if (byDeck && !wanted.contains((Long) row[0])) {
                    return;
                }
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

    /** What one student's studied (not new) cards of one deck add up to. */
    private static final class CardFigures {
        long studied;
        long dueNow;
        double retrievabilitySum;
        Instant lastReview;
    }
}
