package com.quizdeck;

import com.quizdeck.study.fsrs.FsrsCli;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Dispatches the jar's command-line tools. Each tool is a plain class with
 * {@code int run(String[] args, PrintStream out, PrintStream err)} so that it can be tested
 * without a process and runs without Spring.
 */
final class CommandLineTools {

    private CommandLineTools() {
    }

    /** Runs a tool when the first argument names one; empty when the web application should start. */
    static OptionalInt runIfCommand(String[] args) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        return switch (args[0]) {
            case "fsrs" -> OptionalInt.of(FsrsCli.run(rest(args), System.out, System.err));
            default -> OptionalInt.empty();
        };
    }

    private static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
