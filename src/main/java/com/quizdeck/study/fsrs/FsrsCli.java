package com.quizdeck.study.fsrs;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code fsrs simulate ...}: reviews one new card with a list of ratings and prints each step as a JSON line, to
 * check the scheduler against other FSRS implementations from a shell. Runs without Spring.
 */
public final class FsrsCli {

    static final String USAGE = """
            Usage: fsrs simulate --start INSTANT --ratings LIST [--retention R] [--late-days N] [--no-fuzz] [--seed S]

            Reviews one new card with the given ratings and prints one JSON object per review.
              --start INSTANT   time of the first review, ISO-8601, e.g. 2022-11-29T12:30:00Z
              --ratings LIST    comma-separated ratings: again, hard, good, easy (or 1 to 4)
              --retention R     desired retention, strictly between 0 and 1 (default 0.9)
              --late-days N     each later review happens N days after the card was due, 0 to 36500,
                                whole or decimal (default 0: at the due time)
              --no-fuzz         turn off the random spread of review intervals
              --seed S          seed (a whole number) for the fuzz, to repeat a run
              --help            show this text

            Fields: rating, state and step after the review, stability, difficulty, retrievability just
            before the review (null for a new card), due (UTC), interval_days (due minus review time in days,
            rounded to 6 decimals).
            Exit codes: 0 done, 2 bad arguments.""";

    private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(86_400_000_000_000L);

    private FsrsCli() {
    }

    /** Runs the tool; {@code args} start after the leading {@code fsrs}. Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
        }
        if (args.length == 0) {
            err.println("fsrs: missing command; try 'fsrs simulate --help'");
            return 2;
        }
        if (!args[0].equals("simulate")) {
            err.println("fsrs: unknown command '" + args[0] + "'; the only command is 'simulate'");
            return 2;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (BadArgument e) {
            err.println("fsrs simulate: " + e.getMessage());
            return 2;
        }
        simulate(options, out);
        return 0;
    }

    private static void simulate(Options options, PrintStream out) {
        SchedulerParameters parameters = SchedulerParameters.DEFAULTS
                .withDesiredRetention(options.retention)
                .withEnableFuzzing(options.fuzz);
        var random = options.seed == null ? new SplittableRandom() : new SplittableRandom(options.seed);
        Scheduler scheduler = new Scheduler(parameters, random);

        Card card = Card.newCard(options.start);
        Instant reviewTime = options.start;
        boolean first = true;
        for (Rating rating : options.ratings) {
            if (!first) {
                reviewTime = card.due().plus(options.late);
            }
            first = false;
            Double retrievability = card.isNew() ? null : scheduler.retrievability(card, reviewTime);
            card = scheduler.review(card, rating, reviewTime).card();
            out.println(jsonLine(rating, card, retrievability, reviewTime));
        }
    }

    private static String jsonLine(Rating rating, Card card, Double retrievability, Instant reviewTime) {
        Duration interval = Duration.between(reviewTime, card.due());
        return "{"
                + "\"rating\":\"" + rating.name().toLowerCase(Locale.ROOT) + "\","
                + "\"state\":\"" + card.state().name().toLowerCase(Locale.ROOT) + "\","
                + "\"step\":" + (card.step() == null ? "null" : card.step().toString()) + ","
                + "\"stability\":" + number(card.stability()) + ","
                + "\"difficulty\":" + number(card.difficulty()) + ","
                + "\"retrievability\":" + (retrievability == null ? "null" : number(retrievability)) + ","
                + "\"due\":\"" + card.due() + "\","
                + "\"interval_days\":" + days(interval)
                + "}";
    }

    /** The shortest decimal that reads back as the same double (as Python's repr), without an exponent. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    static String days(Duration duration) {
        BigDecimal nanos = new BigDecimal(duration.getSeconds()).movePointRight(9)
                .add(BigDecimal.valueOf(duration.getNano()));
        return nanos.divide(NANOS_PER_DAY, 6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static final class BadArgument extends Exception {
        BadArgument(String message) {
            super(message);
        }
    }

    private static final class Options {
        Instant start;
        List<Rating> ratings;
        double retention = 0.9;
        Duration late = Duration.ZERO;
        boolean fuzz = true;
        Long seed;

        static Options parse(String[] args) throws BadArgument {
            Options options = new Options();
            List<String> seen = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (!name.startsWith("--")) {
                    throw new BadArgument("unexpected argument '" + arg + "'");
                }
                if (seen.contains(name)) {
                    throw new BadArgument(name + " is given twice");
                }
                seen.add(name);
                if (name.equals("--no-fuzz")) {
                    if (value != null) {
                        throw new BadArgument("--no-fuzz takes no value");
                    }
                    options.fuzz = false;
                    continue;
                }
                if (!List.of("--start", "--ratings", "--retention", "--late-days", "--seed").contains(name)) {
                    throw new BadArgument("unknown option '" + name + "'");
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new BadArgument(name + " needs a value");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--start" -> options.start = parseStart(value);
                    case "--ratings" -> options.ratings = parseRatings(value);
                    case "--retention" -> options.retention = parseRetention(value);
                    case "--late-days" -> options.late = parseLateDays(value);
                    case "--seed" -> options.seed = parseSeed(value);
                    default -> throw new IllegalStateException(name);
                }
            }
            if (options.start == null) {
                throw new BadArgument("--start is required, e.g. --start 2022-11-29T12:30:00Z");
            }
            if (options.ratings == null) {
                throw new BadArgument("--ratings is required, e.g. --ratings good,good,again");
            }
            return options;
        }

        private static Instant parseStart(String value) throws BadArgument {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadArgument("bad --start '" + value + "': expected an ISO-8601 instant such as "
                        + "2022-11-29T12:30:00Z");
            }
        }

        private static List<Rating> parseRatings(String value) throws BadArgument {
            List<Rating> ratings = new ArrayList<>();
            for (String item : value.split(",", -1)) {
                String word = item.strip().toLowerCase(Locale.ROOT);
                Rating rating = switch (word) {
                    case "again", "1" -> Rating.AGAIN;
                    case "hard", "2" -> Rating.HARD;
                    case "good", "3" -> Rating.GOOD;
                    case "easy", "4" -> Rating.EASY;
                    default -> throw new BadArgument("bad --ratings item '" + item
                            + "': expected again, hard, good, easy or 1 to 4");
                };
                ratings.add(rating);
            }
            return ratings;
        }

        private static double parseRetention(String value) throws BadArgument {
            double retention;
            try {
                retention = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                retention = Double.NaN;
            }
            if (!(retention > 0 && retention < 1)) {
                throw new BadArgument("bad --retention '" + value + "': expected a number strictly between 0 and 1");
            }
            return retention;
        }

        private static Duration parseLateDays(String value) throws BadArgument {
            BigDecimal days;
            try {
                days = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                days = null;
            }
            // Bounded by the longest interval so that the review times stay far inside Instant's range.
            if (days == null || days.signum() < 0 || days.compareTo(BigDecimal.valueOf(36_500)) > 0) {
                throw new BadArgument("bad --late-days '" + value
                        + "': expected a number of days from 0 to 36500, whole or decimal");
            }
            BigDecimal[] secondsAndNanos = days.multiply(NANOS_PER_DAY).setScale(0, RoundingMode.HALF_EVEN)
                    .divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
            return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
        }

        private static long parseSeed(String value) throws BadArgument {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new BadArgument("bad --seed '" + value + "': expected a whole number");
            }
        }
    }
}
