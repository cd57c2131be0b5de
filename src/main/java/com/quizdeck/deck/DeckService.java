package com.quizdeck.deck;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.content.Deck;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks and their questions. Saving a deck is idempotent: a question whose content did not change
 * keeps its version; a changed one gets a new version; the old versions stay for past attempts.
 */
@Service
@RequiredArgsConstructor
public class DeckService {

    private final StoredDeckRepository decks;
    private final StoredQuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionCodec codec;
    private final Clock clock;

    /**
     * Creates the deck or brings the deck with the same id up to date, in one transaction. Decks
     * from the bank folder belong to nobody (a shared library); uploads belong to the uploader.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional
    public DeckSaveResult saveDeck(Deck deck, DeckOrigin origin, String originName) {
        var now = clock.instant();
        Long owner = origin == DeckOrigin.BANK ? null : CurrentUser.id();
        var existing = decks.findBySlug(deck.id());
        if (existing.isPresent() && !mayChange(existing.get())) {
            throw new AccessDeniedException("The deck '" + deck.id() + "' belongs to someone else.");
        }
        if (existing.isPresent() && origin == DeckOrigin.BANK && existing.get().getOwnerId() != null) {
            throw new IllegalStateException("The bank deck id '" + deck.id() + "' is already used by an uploaded deck.");
        }
        boolean created = existing.isEmpty();
        var stored = existing.orElseGet(() -> new StoredDeck(deck.id(), owner, origin, originName, now));
        boolean describedChanged = stored.describe(deck);
        if (created) {
            stored = decks.save(stored);
        }

        var byKey = questions.findByDeckIdOrderByPosition(stored.getId()).stream()
                .collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        var currentHashes = versions.findByIdIn(byKey.values().stream()
                        .map(StoredQuestion::getCurrentVersionId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, QuestionVersion::getContentHash));

        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int position = 0;
        var seen = new HashMap<String, Boolean>();
        for (Question question : deck.questions()) {
            var content = codec.encode(question);
            var hash = sha256(content);
            var sq = byKey.get(question.id());
            seen.put(question.id(), true);
            if (sq == null) {
                sq = questions.save(new StoredQuestion(stored.getId(), question.id(), position, question.type()));
                addVersion(sq, 1, content, hash, question.type());
                added++;
            } else if (!sq.isRemoved() && hash.equals(currentHashes.get(sq.getCurrentVersionId()))) {
                unchanged++;
            } else {
                int next = versions.findTopByQuestionIdOrderByVersionNoDesc(sq.getId())
                        .map(v -> v.getVersionNo() + 1).orElse(1);
                addVersion(sq, next, content, hash, question.type());
                changed++;
            }
            sq.moveTo(position++);
        }
        int removed = 0;
        for (var sq : byKey.values()) {
            if (!seen.containsKey(sq.getQuestionKey()) && !sq.isRemoved()) {
                sq.remove();
                removed++;
            }
        }
        if (!created && (added + changed + removed > 0)) {
            stored.contentChanged(now);
        } else if (describedChanged) {
            stored.touched(now);
        }
        return new DeckSaveResult(stored.getId(), stored.getSlug(), stored.getTitle(), created, added, changed,
                unchanged, removed, stored.getContentVersion());
    }

    /** The library (bank decks), the caller's own decks; an admin sees all. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeckSummary> visibleDecks() {
        var list = decks.visibleTo(CurrentUser.isAdmin() ? null : CurrentUser.id());
        var counts = new HashMap<Long, Map<QuestionType, Long>>();
        if (!list.isEmpty()) {
            for (var row : questions.countByType(list.stream().map(StoredDeck::getId).toList())) {
                counts.computeIfAbsent(row.getDeckId(), k -> new EnumMap<>(QuestionType.class))
                        .put(row.getType(), row.getN());
            }
        }
        return list.stream().map(d -> summary(d, counts.getOrDefault(d.getId(), Map.of()))).toList();
    }

    /** The deck as it is now, for export and preview. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Deck deckContent(Long deckId) {
        var stored = decks.findById(deckId).orElseThrow(() -> new IllegalArgumentException("No deck " + deckId));
        if (!mayRead(stored)) {
            throw new AccessDeniedException("This deck is not shared with you.");
        }
        var live = questions.findByDeckIdOrderByPosition(deckId).stream().filter(q -> !q.isRemoved()).toList();
        var contentById = versions.findByIdIn(live.stream().map(StoredQuestion::getCurrentVersionId).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, QuestionVersion::getContent));
        var list = new ArrayList<Question>();
        for (var q : live) {
            list.add(codec.decode(contentById.get(q.getCurrentVersionId())));
        }
        return new Deck(stored.getSlug(), stored.getTitle(), stored.getDescription(), stored.source(),
                stored.tagList(), stored.getCategory(), list);
    }

    /** A deck id that no deck has yet, derived from a wish (file name, title). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public String freeSlug(String wish) {
        var base = wish.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "deck";
        }
        base = base.length() > 80 ? base.substring(0, 80) : base;
        var slug = base;
        for (int i = 2; decks.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Whether a deck with this id exists and is not the caller's to change (an upload then gets a new id). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean isTakenByOthers(String slug) {
        return decks.findBySlug(slug).map(d -> !mayChange(d)).orElse(false);
    }

    /** Whether a deck with this id exists and is the caller's to change (an upload then updates it). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean isOwnDeck(String slug) {
        return decks.findBySlug(slug).map(DeckService::mayChange).orElse(false);
    }

    private void addVersion(StoredQuestion sq, int versionNo, String content, String hash, QuestionType type) {
        Long author = CurrentUser.get().map(p -> p.id()).orElse(null);
        var version = versions.save(new QuestionVersion(sq.getId(), versionNo, content, hash, author, clock.instant()));
        sq.useVersion(version, type);
    }

    private static boolean mayChange(StoredDeck deck) {
        if (CurrentUser.isAdmin() || CurrentUser.get().isEmpty()) {
            // No AccountPrincipal: the system (bank loading at start-up), which PreAuthorize let through.
            return true;
        }
        return deck.getOwnerId() != null && deck.getOwnerId().equals(CurrentUser.id());
    }

    private static boolean mayRead(StoredDeck deck) {
        return deck.getOwnerId() == null || CurrentUser.isAdmin() || deck.getOwnerId().equals(CurrentUser.id());
    }

    private static DeckSummary summary(StoredDeck d, Map<QuestionType, Long> counts) {
        return new DeckSummary(d.getId(), d.getSlug(), d.getTitle(), d.getDescription(), d.tagList(), d.getOrigin(),
                d.getOriginName(), d.getOwnerId(), d.getContentVersion(), d.getUpdatedAt(), counts);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
