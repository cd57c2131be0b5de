package com.quizdeck.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("""
            select new com.quizdeck.classroom.ClassroomRepository$Row(c.id, c.name, c.joinCode, c.archived,
                   c.instructorId, c.createdAt, (select count(m) from ClassMembership m where m.classroomId = c.id))
            from Classroom c
            where (:instructorId is null or c.instructorId = :instructorId) and (:includeArchived = true or c.archived = false)
            order by c.archived, lower(c.name)
            """)
    List<Row> teaching(Long instructorId, boolean includeArchived);

    @Query("""
            select new com.quizdeck.classroom.ClassroomRepository$Row(c.id, c.name, c.joinCode, c.archived,
                   c.instructorId, c.createdAt, (select count(m2) from ClassMembership m2 where m2.classroomId = c.id))
            from Classroom c, ClassMembership m
            where m.classroomId = c.id and m.studentId = :studentId and c.archived = false
            order by lower(c.name)
            """)
    List<Row> attendedBy(Long studentId);

    @Query("""
            select new com.quizdeck.classroom.ClassroomRepository$Row(c.id, c.name, c.joinCode, c.archived,
                   c.instructorId, c.createdAt, (select count(m) from ClassMembership m where m.classroomId = c.id))
            from Classroom c where c.id = :id
            """)
    Optional<Row> row(Long id);

    /** One aggregate row per class: no entity graph, no count query per class. */
    record Row(Long id, String name, String joinCode, boolean archived, Long instructorId,
            java.time.Instant createdAt, long studentCount) {
    }
}
