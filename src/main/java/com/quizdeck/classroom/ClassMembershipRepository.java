package com.quizdeck.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassMembershipRepository extends JpaRepository<ClassMembership, Long> {

    boolean existsByClassroomIdAndStudentId(Long classroomId, Long studentId);

    List<ClassMembership> findByClassroomIdOrderByJoinedAt(Long classroomId);

    long deleteByClassroomIdAndStudentId(Long classroomId, Long studentId);
}
