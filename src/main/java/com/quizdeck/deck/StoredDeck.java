package com.quizdeck.deck;

import com.quizdeck.content.DeckSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

@Entity
@Table(name = "deck")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StoredDeck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 20000)
    private String description;

    @Column(name = "source_title", length = 500)
    private String sourceTitle;

    @Column(name = "source_author", length = 300)
    private String sourceAuthor;

    @Column(name = "source_date", length = 50)
    private String sourceDate;

    @Column(name = "source_url", length = 1000)
    private String sourceUrl;

    @Column(nullable = false, length = 2000)
    private String tags;

    @Column(length = 500)
    private String category;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeckOrigin origin;

    @Column(name = "origin_name", length = 300)
    private String originName;

    /** Goes up by one whenever any question of the deck gets a new version. */
    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Set while the deck is archived: kept and usable, listed apart. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Set while the deck is in the trash: invisible, restorable for {@link #TRASH_DAYS} days. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    static final int TRASH_DAYS = 30;

    StoredDeck(String slug, Long ownerId, DeckOrigin origin, String originName, Instant now) {
        this.slug = slug;
        this.ownerId = ownerId;
        this.origin = origin;
        this.originName = originName;
        this.createdAt = now;
        this.updatedAt = now;
        this.contentVersion = 1;
        this.tags = "";
    }

    /** Copies the deck-level fields; true when anything changed. */
    boolean describe(com.quizdeck.content.Deck deck) {
        var source = deck.source() == null ? new DeckSource(null, null, null, null) : deck.source();
        var newTags = String.join(",", deck.tags());
        boolean changed = !java.util.Objects.equals(title, deck.title())
                || !java.util.Objects.equals(description, deck.description())
                || !java.util.Objects.equals(sourceTitle, source.title())
                || !java.util.Objects.equals(sourceAuthor, source.author())
                || !java.util.Objects.equals(sourceDate, source.date())
                || !java.util.Objects.equals(sourceUrl, source.url())
                || !java.util.Objects.equals(tags, newTags)
                || !java.util.Objects.equals(category, deck.category());
        title = deck.title();
        description = deck.description();
        sourceTitle = source.title();
        sourceAuthor = source.author();
        sourceDate = source.date();
        sourceUrl = source.url();
        tags = newTags;
        category = deck.category();
        return changed;
    }

    /** Copies the editor's deck fields; true when anything changed. */
    boolean edit(String newTitle, String newDescription, DeckSource source, List<String> newTags) {
        var deck = new com.quizdeck.content.Deck(slug, newTitle, newDescription, source, newTags, category, List.of());
        return describe(deck);
    }

    void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = now;
        }
    }

    void unarchive() {
        archivedAt = null;
    }

    void moveToTrash(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    void restoreFromTrash() {
        deletedAt = null;
    }

    boolean inTrash() {
        return deletedAt != null;
    }

    void contentChanged(Instant now) {
        contentVersion++;
        updatedAt = now;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    DeckSource source() {
        if (sourceTitle == null && sourceAuthor == null && sourceDate == null && sourceUrl == null) {
            return null;
        }
        return new DeckSource(sourceTitle, sourceAuthor, sourceDate, sourceUrl);
    }

    List<String> tagList() {
        return tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }
}
