package org.thirdspace.forum.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<ForumPost, Long> {

    @Query("select p from ForumPost p where p.topicId = :topicId order by p.number")
    List<ForumPost> findPage(long topicId, Pageable page);

    @Query("select p from ForumPost p where p.topicId = :topicId order by p.number")
    List<ForumPost> findAllOf(long topicId);

    long countByTopicId(long topicId);

    /** The topic of a post, without loading the post (so it can be loaded after the topic is locked). */
    @Query("select p.topicId from ForumPost p where p.id = :postId")
    Optional<Long> findTopicId(long postId);

    long countByTopicIdAndNumberLessThan(long topicId, int number);

    Optional<ForumPost> findByTopicIdAndNumber(long topicId, int number);

    /** The first post of the topic at or after the number (there may be gaps). */
    Optional<ForumPost> findFirstByTopicIdAndNumberGreaterThanEqualOrderByNumber(long topicId, int number);

    @Query("select p.id, p.number from ForumPost p where p.id in :ids")
    List<Object[]> findNumbers(Collection<Long> ids);

    @Query("select count(p) from ForumPost p where p.topicId = :topicId and p.number > 1 and p.deletedAt is null")
    int countReplies(long topicId);

    @Query("select p from ForumPost p where p.topicId = :topicId and p.deletedAt is null order by p.createdAt desc, p.number desc")
    List<ForumPost> findLatestVisible(long topicId, Pageable page);
}
