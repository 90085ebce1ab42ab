package org.thirdspace.groups.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code thirdspace.groups.*} for handovers and the daily group jobs.
 *
 * @param handoverDueDays days after its start by which a handover should be completed; still open
 *                        after that, it is flagged to the facilitators as overdue
 * @param jobsCron        when the daily jobs run (end assignments whose end date came, flag overdue
 *                        handovers, yearly review reminders); they also run once at start-up
 */
@Validated
@ConfigurationProperties("thirdspace.groups")
public record HandoverProperties(
        @DefaultValue("30") @Min(1) @Max(365) int handoverDueDays,
        @DefaultValue("0 10 3 * * *") String jobsCron) {
}
