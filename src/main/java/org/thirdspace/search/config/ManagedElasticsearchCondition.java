package org.thirdspace.search.config;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no {@code spring.elasticsearch.uris} is configured and the managed node is enabled. */
class ManagedElasticsearchCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return matches(context.getEnvironment());
    }

    static boolean matches(Environment environment) {
        Binder binder = Binder.get(environment);
        return !urisConfigured(binder)
                && binder.bind("thirdspace.elasticsearch.embedded.enabled", Boolean.class).orElse(true);
    }

    static boolean urisConfigured(Binder binder) {
        return binder.bind("spring.elasticsearch.uris", Bindable.listOf(String.class))
                .map(list -> list.stream().anyMatch(s -> s != null && !s.isBlank()))
                .orElse(false);
    }

    static List<String> uris(Binder binder) {
        return binder.bind("spring.elasticsearch.uris", Bindable.listOf(String.class)).orElse(List.of()).stream()
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
