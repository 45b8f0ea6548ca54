package io.roster.worker.schedules;

import java.time.Duration;

/**
 * One recurring run the worker keeps: its schedule id (also the cron workflow's id where the server
 * has no Schedules), the workflow it starts, its argument and how often.
 */
record RecurringSweep(
    String id, Class<?> workflowType, Object argument, Duration every, String cron) {}
