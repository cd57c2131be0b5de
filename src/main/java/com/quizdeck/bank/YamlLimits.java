package com.quizdeck.bank;

import java.io.StringReader;
import java.util.HashSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Guards against hostile YAML before any tree is built. SnakeYAML enforces the same limits
 * while composing, but reports nesting and alias overflows without a position; this streaming
 * pre-pass finds the offending line, and costs no memory.
 */
final class YamlLimits {

    /** A deck nests about six levels deep (deck, questions, question, blanks, blank, options). */
    static final int MAX_DEPTH = 20;

    /** References to lists or mappings; enough for sharing, far too few for a "billion laughs". */
    static final int MAX_COLLECTION_ALIASES = 50;

    /**
     * Values (texts, lists, mappings) in one file: about 50 per question for the largest allowed
     * deck, and a bound on the memory the node tree can take.
     */
    static final int MAX_VALUES = 500_000;

    private YamlLimits() {
    }

    static LoaderOptions loaderOptions() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(BankText.MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /** Reports the first limit the text breaks, or a syntax error; true when composing is safe. */
    static boolean check(String text, Problems problems) {
        var collectionAnchors = new HashSet<String>();
        int depth = 0;
        int collectionAliases = 0;
        int documents = 0;
        int values = 0;
        try {
            for (var event : new Yaml(loaderOptions()).parse(new StringReader(text))) {
                if (event instanceof NodeEvent && ++values > MAX_VALUES) {
                    problems.add(position(event.getStartMark()), "more than " + MAX_VALUES
                            + " values in one file; split the bank into several files");
                    return false;
                }
                switch (event) {
                    case CollectionStartEvent start -> {
                        if (++depth > MAX_DEPTH) {
                            problems.add(position(start.getStartMark()), "the YAML nests deeper than " + MAX_DEPTH
                                    + " levels; a deck needs about 6, so this is not a deck file");
                            return false;
                        }
                        if (start.getAnchor() != null) {
                            collectionAnchors.add(start.getAnchor());
                        }
                    }
                    case CollectionEndEvent ignored -> depth--;
                    case AliasEvent alias when collectionAnchors.contains(alias.getAnchor()) -> {
                        if (++collectionAliases > MAX_COLLECTION_ALIASES) {
                            problems.add(position(alias.getStartMark()), "too many aliases: more than "
                                    + MAX_COLLECTION_ALIASES + " references (*name) to lists or mappings");
                            return false;
                        }
                    }
                    case DocumentStartEvent start -> {
                        if (++documents > 1) {
                            problems.add(position(start.getStartMark()),
                                    "a second YAML document ('---'); a bank file holds exactly one deck");
                            return false;
                        }
                    }
                    default -> {
                    }
                }
            }
            return true;
        } catch (MarkedYAMLException e) {
            problems.add(position(e.getProblemMark()), "YAML syntax: " + describe(e));
        } catch (ReaderException e) {
            problems.add(BankText.positionOfChar(text, e.getPosition()), "YAML cannot contain the character "
                    + String.format("U+%04X", e.getCodePoint()));
        } catch (YAMLException e) {
            problems.add(SourcePosition.START, "YAML: " + e.getMessage());
        }
        return false;
    }

    static SourcePosition position(Mark mark) {
        return mark == null ? SourcePosition.START : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static String describe(MarkedYAMLException e) {
        var problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }
}
