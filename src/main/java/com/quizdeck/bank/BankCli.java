package com.quizdeck.bank;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code java -jar quizdeck.jar bank ...}: checks and converts bank files for people who keep
 * them in git. Runs without Spring, the web server or the database.
 *
 * <pre>
 * bank validate &lt;file or folder&gt;...            exit 0 only when every file is valid
 * bank convert --to native|gift|csv|json &lt;file&gt;  the converted bank on standard output
 * </pre>
 */
public final class BankCli {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final List<String> BANK_SUFFIXES = List.of(".deck.yaml", ".gift", ".gift.txt", ".txt", ".csv", ".tsv");

    private static final String USAGE_TEXT = """
            usage: bank validate <file or folder>...
                   bank convert --to native|gift|csv|json <file>
            validate: checks every bank file (folders: *.deck.yaml, *.gift, *.gift.txt, *.txt, *.csv, *.tsv,
                      recursively, except schema/ and README files); exit 0 only when all are valid.
            convert:  writes the file in another format to standard output; problems go to standard error.""";

    private final PrintStream out;
    private final PrintStream err;

    private BankCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @param args the arguments after "bank" */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var cli = new BankCli(out, err);
        if (args.length == 0) {
            return cli.usage("missing command");
        }
        var rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> cli.validate(rest);
            case "convert" -> cli.convert(rest);
            case "help", "--help", "-h" -> {
                out.println(USAGE_TEXT);
                yield OK;
            }
            default -> cli.usage("unknown command '" + args[0] + "'");
        };
    }

    private int usage(String problem) {
        err.println("bank: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int validate(List<String> arguments) {
        if (arguments.isEmpty()) {
            return usage("validate needs at least one file or folder");
        }
        boolean allValid = true;
        var files = new ArrayList<Path>();
        for (var argument : arguments) {
            var path = Path.of(argument);
            if (Files.isDirectory(path)) {
                var found = bankFilesIn(path);
                if (found.isEmpty()) {
                    err.println(argument + ": no bank files found");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println(argument + ": no such file or folder");
                allValid = false;
            }
        }
        // Deck ids must be unique across native banks: the start-up loader keys decks by them. Other formats
        // are import sources, so a GIFT export beside the deck it came from is not a clash.
        Map<String, Path> deckOwners = new HashMap<>();
        for (var file : files) {
            var result = BankReader.read(file);
            if (!result.ok()) {
                result.problems().forEach(problem -> err.println(problem));
                allValid = false;
                continue;
            }
            boolean clash = false;
            boolean isNative = BankFormat.fromFileName(file.toString()).orElse(null) == BankFormat.NATIVE;
            for (var deck : isNative ? result.decks() : List.<com.quizdeck.content.Deck>of()) {
                var owner = deckOwners.putIfAbsent(deck.id(), file);
                if (owner != null) {
                    err.println(new BankProblem(file.toString(), 1, 1,
                            "deck id '" + deck.id() + "' is already used by " + owner));
                    clash = true;
                }
            }
            if (clash) {
                allValid = false;
            } else {
                int count = result.questionCount();
                out.println(file + ": OK, " + count + (count == 1 ? " question" : " questions"));
            }
        }
        return allValid ? OK : INVALID;
    }

    static List<Path> bankFilesIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !isUnderSchemaFolder(folder.relativize(path)))
                    .filter(BankCli::isBankFileName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isUnderSchemaFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("schema")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBankFileName(Path path) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("readme") && BANK_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private int convert(List<String> arguments) {
        String to = null;
        String file = null;
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            if (argument.equals("--to") && i + 1 < arguments.size()) {
                to = arguments.get(++i);
            } else if (argument.startsWith("--to=")) {
                to = argument.substring("--to=".length());
            } else if (file == null && !argument.startsWith("--")) {
                file = argument;
            } else {
                return usage("unexpected argument '" + argument + "'");
            }
        }
        if (to == null || file == null) {
            return usage("convert needs --to <format> and one file");
        }
        BankWriter.Target target;
        try {
            target = BankWriter.Target.valueOf(to.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage("unknown target format '" + to + "'; use native, gift, csv or json");
        }
        var path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println(file + ": no such file");
            return INVALID;
        }
        var result = BankReader.read(path);
        if (!result.ok()) {
            result.problems().forEach(problem -> err.println(problem));
            return INVALID;
        }
        var export = BankWriter.write(result.decks(), target);
        out.print(export.content());
        export.skipped().forEach(skipped -> err.println("skipped " + skipped));
        export.warnings().forEach(warning -> err.println("warning: " + warning));
        if (target == BankWriter.Target.NATIVE && result.decks().size() > 1) {
            err.println("note: " + result.decks().size() + " decks were written as separate YAML documents;"
                    + " save each as its own <id>.deck.yaml file");
        }
        return OK;
    }
}
