package com.quizdeck.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, position-aware access to one YAML mapping of a deck file. Every accessor records where
 * its value was written, and every type error is reported at that value, so that readers can
 * stay a list of field names.
 *
 * <p>Values are read from the node tree, never through SnakeYAML's type resolution: {@code text: no}
 * is the text "no", not {@code false}, and {@code text: 1822} is the text "1822".
 */
final class YamlMap {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** What the readers of one file share: where to report, where things are, what is broken. */
    static final class Context {
        final Problems problems;
        final SourcePositions positions = new SourcePositions(SourcePosition.START);
        final List<String> brokenPaths = new ArrayList<>();

        Context(Problems problems) {
            this.problems = problems;
        }

        void problem(Node at, String path, String message) {
            problems.add(YamlLimits.position(at.getStartMark()), message);
            brokenPaths.add(path);
        }

        /** A problem at a path whose position was recorded while reading. */
        void problemAt(String path, String message) {
            problems.add(positions.find(path), message);
            brokenPaths.add(path);
        }

        void record(String path, Node node) {
            positions.put(path, YamlLimits.position(node.getStartMark()));
        }
    }

    private final MappingNode node;
    private final String path;
    private final String what;
    private final Context context;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, String what, Context context) {
        this.node = node;
        this.path = path;
        this.what = what;
        this.context = context;
        context.record(path, node);
        for (var tuple : node.getValue()) {
            var key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                context.problem(key, path, "field names must be plain words, found " + describe(key));
                continue;
            }
            var earlier = entries.putIfAbsent(scalar.getValue(), tuple);
            if (earlier != null) {
                context.problem(key, join(scalar.getValue()), "duplicate field '" + scalar.getValue()
                        + "' (first on line " + YamlLimits.position(earlier.getKeyNode().getStartMark()).line() + ")");
            }
        }
    }

    /** The mapping, or empty after reporting that {@code node} is something else. */
    static Optional<YamlMap> of(Node node, String path, String what, Context context) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, path, what, context));
        }
        context.problem(node, path, what + " must be a mapping of 'field: value' lines, found " + describe(node));
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Context context() {
        return context;
    }

    /** Reports every field not in {@code allowed}, suggesting the closest allowed name. */
    void allowOnly(Collection<String> allowed) {
        for (var entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                var suggestion = closest(entry.getKey(), allowed)
                        .map(name -> "; did you mean '" + name + "'?")
                        .orElse(" (allowed: " + String.join(", ", allowed) + ")");
                context.problem(entry.getValue().getKeyNode(), join(entry.getKey()),
                        "unknown field '" + entry.getKey() + "' in " + what + suggestion);
            }
        }
    }

    /** Reports a field that exists but has no place here, with a specific explanation. */
    void forbid(String key, String message) {
        var tuple = entries.remove(key);
        if (tuple != null) {
            context.problem(tuple.getKeyNode(), join(key), message);
        }
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The value node, absent when the key is missing or explicitly null ({@code key:} or {@code key: ~}). */
    private Optional<Node> value(String key) {
        var tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        var value = tuple.getValueNode();
        context.record(join(key), value);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<Node> required(String key) {
        var value = value(key);
        if (value.isEmpty()) {
            context.problem(node, join(key), what + " is missing '" + key + "'");
        }
        return value;
    }

    Optional<String> text(String key) {
        return value(key).flatMap(value -> asText(value, join(key), key));
    }

    /** A required text; {@code ""} after reporting it missing, so that building can go on. */
    String requiredText(String key) {
        return required(key).flatMap(value -> asText(value, join(key), key)).orElse("");
    }

    Optional<Boolean> bool(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                switch (scalar.getValue()) {
                    case "true", "True", "TRUE" -> {
                        return Optional.of(true);
                    }
                    case "false", "False", "FALSE" -> {
                        return Optional.of(false);
                    }
                    default -> {
                    }
                }
            }
            context.problem(value, join(key), "'" + key + "' must be true or false, found " + describe(value));
            return Optional.empty();
        });
    }

    Optional<Boolean> requiredBool(String key) {
        return required(key).isPresent() ? bool(key) : Optional.empty();
    }

    Optional<BigDecimal> number(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && NUMBER.matcher(scalar.getValue()).matches()) {
                return Optional.of(new BigDecimal(scalar.getValue()));
            }
            context.problem(value, join(key), "'" + key + "' must be a number, found " + describe(value));
            return Optional.empty();
        });
    }

    Optional<BigDecimal> requiredNumber(String key) {
        return required(key).isPresent() ? number(key) : Optional.empty();
    }

    Optional<List<Node>> list(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
            }
            context.problem(value, join(key), "'" + key + "' must be a list ('- item' lines), found " + describe(value));
            return Optional.empty();
        });
    }

    List<Node> requiredList(String key) {
        return required(key).isPresent() ? list(key).orElse(List.of()) : List.of();
    }

    Optional<YamlMap> map(String key, String itemWhat) {
        return value(key).flatMap(value -> of(value, join(key), itemWhat, context));
    }

    Optional<YamlMap> requiredMap(String key, String itemWhat) {
        return required(key).flatMap(value -> of(value, join(key), itemWhat, context));
    }

    /** A list of texts, such as tags or ordering items. */
    List<String> texts(String key) {
        var result = new ArrayList<String>();
        list(key).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                var itemPath = join(key) + "[" + i + "]";
                context.record(itemPath, items.get(i));
                asText(items.get(i), itemPath, key + " item").ifPresent(result::add);
            }
        });
        return result;
    }

    private Optional<String> asText(Node value, String valuePath, String name) {
        if (value instanceof ScalarNode scalar) {
            // Block scalars end with a newline and authors indent freely: texts are compared stripped.
            return Optional.of(scalar.getValue().strip());
        }
        context.problem(value, valuePath, "'" + name + "' must be a text, found " + describe(value));
        return Optional.empty();
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode ignored -> "a mapping";
            case SequenceNode ignored -> "a list";
            case ScalarNode scalar when scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN ->
                    "the quoted text '" + abbreviate(scalar.getValue()) + "'";
            case ScalarNode scalar -> "'" + abbreviate(scalar.getValue()) + "'";
            default -> "something else";
        };
    }

    private static String abbreviate(String text) {
        var oneLine = text.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    private static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var candidate : candidates) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    static int editDistance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static Set<String> names(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
