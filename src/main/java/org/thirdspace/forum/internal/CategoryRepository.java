package org.thirdspace.forum.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<ForumCategory, Long> {

    Optional<ForumCategory> findBySlug(String slug);

    @Query("select c from ForumCategory c order by c.archived, c.position, c.name")
    List<ForumCategory> findAllOrdered();

    @Query("select coalesce(max(c.position), 0) from ForumCategory c")
    int maxPosition();
}
