package com.quizdeck.deck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One immutable state of a question. Attempts point at versions, never at the moving question. */
@Entity
@Table(name = "question_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Why this version exists when the content alone does not say: "Restored version 2", "Imported from x". */
    @Column(length = 300)
    private String note;

    QuestionVersion(Long questionId, int versionNo, String content, String contentHash, Long createdBy,
            Instant createdAt, String note) {
        this.questionId = questionId;
        this.versionNo = versionNo;
        this.content = content;
        this.contentHash = contentHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 299) + "\u2026";
    }
}
