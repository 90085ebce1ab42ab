package org.thirdspace.forum.internal.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thirdspace.search.IndexDefinition;

/** Declares the forum-posts index, so its alias exists from start-up. */
@Configuration(proxyBeanMethods = false)
class ForumSearchConfiguration {

    @Bean
    IndexDefinition forumPostsIndexDefinition() {
        return ForumPostsIndex.DEFINITION;
    }
}
