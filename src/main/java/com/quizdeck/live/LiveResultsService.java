package com.quizdeck.live;

import com.quizdeck.account.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live-game results of signed-in students, for the dashboards: one aggregate statement per call. An instructor sees
 * the games they hosted (an admin every game); a student their own results.
 */
@Service
@RequiredArgsConstructor
public class LiveResultsService {

    private static final String QUERY = """
            select s.id, s.title, s.deckId, s.createdAt, s.state, p.userId, p.finalRank, p.finalScore,
                   (select count(a) from LiveAnswerRow a where a.playerId = p.id),
                   (select count(a) from LiveAnswerRow a where a.playerId = p.id and a.fraction >= 1.0),
                   (select count(o) from LivePlayerRow o where o.sessionId = s.id)
            from LivePlayerRow p, LiveSessionRow s
            where s.id = p.sessionId and p.userId in :userIds
            """;

    private final EntityManager em;

    /** The results of these students in the games the caller hosted (an admin: in every game), oldest first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<LiveResult> resultsOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        var admin = CurrentUser.isAdmin();
        var query = em.createQuery(QUERY + (admin ? "" : " and s.hostId = :host") + " order by s.createdAt, s.id",
                Object[].class).setParameter("userIds", studentIds);
        if (!admin) {
            query.setParameter("host", CurrentUser.id());
        }
        return query.getResultList().stream().map(LiveResultsService::result).toList();
    }

    /** The calling student's own results, oldest first. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<LiveResult> myResults() {
        return em.createQuery(QUERY + " order by s.createdAt, s.id", Object[].class)
                .setParameter("userIds", List.of(CurrentUser.id())).getResultList().stream()
                .map(LiveResultsService::result).toList();
    }

    private static LiveResult result(Object[] r) {
        return new LiveResult((Long) r[0], (String) r[1], (Long) r[2], (Instant) r[3], (LiveState) r[4], (Long) r[5],
                (Integer) r[6], (Integer) r[7], ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue());
    }
}
