package com.jobwise.export.bootstrap;

import com.jobwise.export.application.export.RenderBudget;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Bounds of a rendered document ({@code export.rendering.*}): {@code max-pages} (default 20) and
 * {@code time-budget} (default 10 s); a longer document answers 422 "Document too long".
 */
@ConfigurationProperties("export.rendering")
public class RenderingSettings {
    private int maxPages = RenderBudget.DEFAULT.maxPages();
    private Duration timeBudget = RenderBudget.DEFAULT.timeBudget();

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public Duration getTimeBudget() {
        return timeBudget;
    }

    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    /** The settings as the use cases' budget (fails at startup on a bad value). */
    public RenderBudget budget() {
        return new RenderBudget(maxPages, timeBudget);
    }
}
