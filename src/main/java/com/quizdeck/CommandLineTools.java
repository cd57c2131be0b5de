package com.quizdeck;

import com.quizdeck.bank.BankCli;
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
            case "bank" -> OptionalInt.of(BankCli.run(rest(args), System.out, System.err));
            case "fsrs" -> OptionalInt.of(FsrsCli.run(rest(args), System.out, System.err));
            case "backup" -> OptionalInt.of(backup(rest(args)));
            default -> OptionalInt.empty();
        };
    }

    /**
     * {@code backup export FILE} / {@code backup import FILE}: the admin page's export and import, from a
     * shell, against the database the usual configuration names (profiles, QUIZDECK_DB_URL, ...). Starts the
     * application on a random loopback port; with H2 the app must be stopped (one process per file).
     */
    static int backup(String[] args) {
        if (args.length != 2 || !(args[0].equals("export") || args[0].equals("import"))) {
            System.err.println("usage: java -jar quizdeck.jar backup export FILE.zip | backup import FILE.zip");
            return 2;
        }
        var file = java.nio.file.Path.of(args[1]);
        if (args[0].equals("import") && !java.nio.file.Files.isReadable(file)) {
            System.err.println("backup: cannot read " + file);
            return 2;
        }
        try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(Application.class)
                // The whole application on a random loopback port (Vaadin's security setup needs a servlet
                // context), nothing scheduled; it closes when the work is done.
                .properties("quizdeck.quiz.overdue-check-cron=-", "spring.main.banner-mode=off", "server.port=0",
                        "server.address=127.0.0.1")
                .run()) {
            var backups = context.getBean(com.quizdeck.backup.BackupService.class);
            var accounts = context.getBean(com.quizdeck.account.AccountService.class);
            var summary = accounts.runAsSystem(() -> {
                if (args[0].equals("export")) {
                    try (var out = java.nio.file.Files.newOutputStream(file)) {
                        return backups.export(out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return backups.importArchive(file);
            });
            System.out.println("backup: " + args[0] + "ed " + summary.totalRows() + " rows in " + summary.rows().size()
                    + " tables " + (args[0].equals("export") ? "to " : "from ") + file);
            summary.rows().forEach((table, rows) -> System.out.println("  " + table + ": " + rows));
            return 0;
        } catch (com.quizdeck.backup.BackupRefusedException e) {
            System.err.println("backup: refused: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("backup: failed: " + e.getMessage());
            return 1;
        }
    }

    private static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
