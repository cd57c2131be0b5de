package com.quizdeck.classroom;

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

/** A student in a class. Refers to the user by id: the account module owns users. */
@Entity
@Table(name = "class_membership")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ClassMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private Long classroomId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    ClassMembership(Long classroomId, Long studentId, Instant joinedAt) {
        this.classroomId = classroomId;
        this.studentId = studentId;
        this.joinedAt = joinedAt;
    }
}
