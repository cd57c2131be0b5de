package com.quizdeck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Quizdeck: one Spring Boot application, one feature package per module.
 *
 * <p>The jar doubles as a command-line tool ({@code bank ...}, {@code fsrs ...}); those commands
 * run without starting the web server or touching the database.
 */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        var exitCode = CommandLineTools.runIfCommand(args);
        if (exitCode.isPresent()) {
            System.exit(exitCode.getAsInt());
        }
        SpringApplication.run(Application.class, args);
    }
}
