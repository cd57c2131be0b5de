package com.quizdeck.study;

import com.quizdeck.study.fsrs.Scheduler;
import com.quizdeck.study.fsrs.SchedulerParameters;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One FSRS scheduler for the application: py-fsrs 6.3.1's defaults, fuzz as configured. */
@Configuration
@EnableConfigurationProperties(StudyProperties.class)
class StudyConfig {

    @Bean
    Scheduler studyScheduler(StudyProperties properties) {
        return new Scheduler(SchedulerParameters.DEFAULTS.withEnableFuzzing(properties.fuzz()));
    }
}
