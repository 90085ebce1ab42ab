package org.thirdspace.everywhere.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the per-type searches concurrently, each on a virtual thread that carries the caller's
 * security context (the features decide visibility from it) and locale (labels, role synonyms).
 * Nothing runs as anybody else.
 * <p>
 * The context and the holder strategy are taken at each submit, not once: Vaadin replaces
 * {@code SecurityContextHolder}'s strategy while the application starts, and a
 * {@code DelegatingSecurityContextExecutorService} built before that keeps reading (and setting)
 * the old strategy's context, which is empty - every search would then run as a visitor.
 */
@Component
public class EverywhereExecutor implements DisposableBean {

    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("everywhere-", 0).factory());

    /** Submits a task that runs as the current user, in the current locale. */
    public <T> Future<T> submit(Callable<T> task) {
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        SecurityContext security = SecurityContextHolder.getContext();
        DelegatingSecurityContextCallable<T> asCaller = new DelegatingSecurityContextCallable<>(() -> {
            LocaleContext previous = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocaleContext(locale);
            try {
                return task.call();
            } finally {
                LocaleContextHolder.setLocaleContext(previous);
            }
        }, security);
        asCaller.setSecurityContextHolderStrategy(SecurityContextHolder.getContextHolderStrategy());
        return threads.submit(asCaller);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
