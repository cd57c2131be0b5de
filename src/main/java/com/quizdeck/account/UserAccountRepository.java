package com.quizdeck.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    @Query("""
            select u from UserAccount u
            where lower(u.username) like :pattern or lower(u.displayName) like :pattern
            """)
    Page<UserAccount> search(String pattern, Pageable pageable);
}
