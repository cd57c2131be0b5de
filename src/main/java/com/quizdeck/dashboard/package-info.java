/**
 * Dashboards: read models for instructors (class grid, per student, item analysis per quiz, live reports) and
 * students (their own progress), composed from the quiz, study and live modules' aggregate queries, with charts and
 * CSV export. Entry point: {@link com.quizdeck.dashboard.DashboardService}. See docs/decisions/009-dashboards.md.
 */
package com.quizdeck.dashboard;
