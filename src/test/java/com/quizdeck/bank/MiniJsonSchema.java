package com.quizdeck.bank;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Just enough of JSON Schema 2020-12 to check question-banks/schema/deck.schema.json against real
 * decks without adding a validator dependency: type, enum, const, properties, required,
 * additionalProperties, unevaluatedProperties, items, minItems, pattern, lengths, minimum,
 * maximum, $ref, allOf, anyOf, oneOf, not, if/then/else. An unknown keyword fails loudly, so the
 * schema cannot rely on something this checker ignores.
 */
final class MiniJsonSchema {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "default");

    private final Map<String, Object> root;

    MiniJsonSchema(Map<String, Object> root) {
        this.root = root;
    }

    List<String> validate(Object instance) {
        return check(root, instance, "").errors;
    }

    private record Result(List<String> errors, Set<String> evaluated) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private Result check(Object schemaObject, Object instance, String path) {
        var errors = new ArrayList<String>();
        var evaluated = new HashSet<String>();
        if (schemaObject instanceof Boolean allowed) {
            if (!allowed) {
                errors.add(path + ": not allowed");
            }
            return new Result(errors, evaluated);
        }
        var schema = (Map<String, Object>) schemaObject;
        for (var keyword : schema.keySet()) {
            switch (keyword) {
                case "$ref" -> merge(check(resolve((String) schema.get("$ref")), instance, path), errors, evaluated);
                case "type" -> {
                    var types = schema.get("type") instanceof List<?> list ? list : List.of(schema.get("type"));
                    if (types.stream().noneMatch(type -> hasType(instance, (String) type))) {
                        errors.add(path + ": expected " + types + ", found " + instance);
                    }
                }
                case "enum" -> {
                    if (!((List<?>) schema.get("enum")).contains(instance)) {
                        errors.add(path + ": " + instance + " is not one of " + schema.get("enum"));
                    }
                }
                case "const" -> {
                    if (!Objects.equals(schema.get("const"), instance)) {
                        errors.add(path + ": expected " + schema.get("const") + ", found " + instance);
                    }
                }
                case "pattern" -> {
                    if (instance instanceof String s && !Pattern.compile((String) schema.get("pattern")).matcher(s).find()) {
                        errors.add(path + ": '" + s + "' does not match " + schema.get("pattern"));
                    }
                }
                case "maxLength" -> {
                    if (instance instanceof String s && s.codePointCount(0, s.length()) > number(schema.get("maxLength")).intValue()) {
                        errors.add(path + ": too long");
                    }
                }
                case "minLength" -> {
                    if (instance instanceof String s && s.codePointCount(0, s.length()) < number(schema.get("minLength")).intValue()) {
                        errors.add(path + ": too short");
                    }
                }
                case "minimum" -> {
                    if (instance instanceof Number n && number(n).compareTo(number(schema.get("minimum"))) < 0) {
                        errors.add(path + ": " + n + " is below " + schema.get("minimum"));
                    }
                }
                case "maximum" -> {
                    if (instance instanceof Number n && number(n).compareTo(number(schema.get("maximum"))) > 0) {
                        errors.add(path + ": " + n + " is above " + schema.get("maximum"));
                    }
                }
                case "minItems" -> {
                    if (instance instanceof List<?> list && list.size() < number(schema.get("minItems")).intValue()) {
                        errors.add(path + ": fewer than " + schema.get("minItems") + " items");
                    }
                }
                case "items" -> {
                    if (instance instanceof List<?> list) {
                        for (int i = 0; i < list.size(); i++) {
                            errors.addAll(check(schema.get("items"), list.get(i), path + "/" + i).errors);
                        }
                    }
                }
                case "required" -> {
                    if (instance instanceof Map<?, ?> map) {
                        for (var name : (List<String>) schema.get("required")) {
                            if (!map.containsKey(name)) {
                                errors.add(path + ": missing '" + name + "'");
                            }
                        }
                    }
                }
                case "properties" -> {
                    if (instance instanceof Map<?, ?> map) {
                        var properties = (Map<String, Object>) schema.get("properties");
                        for (var entry : properties.entrySet()) {
                            if (map.containsKey(entry.getKey())) {
                                errors.addAll(check(entry.getValue(), map.get(entry.getKey()), path + "/" + entry.getKey()).errors);
                                evaluated.add(entry.getKey());
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (instance instanceof Map<?, ?> map) {
                        var declared = ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet();
                        for (var key : map.keySet()) {
                            if (!declared.contains(key)) {
                                errors.addAll(check(schema.get("additionalProperties"), map.get(key), path + "/" + key).errors);
                                evaluated.add((String) key);
                            }
                        }
                    }
                }
                case "allOf" -> {
                    for (var sub : (List<Object>) schema.get("allOf")) {
                        merge(check(sub, instance, path), errors, evaluated);
                    }
                }
                case "anyOf", "oneOf" -> {
                    int valid = 0;
                    for (var sub : (List<Object>) schema.get(keyword)) {
                        var result = check(sub, instance, path);
                        if (result.ok()) {
                            valid++;
                            evaluated.addAll(result.evaluated);
                        }
                    }
                    if (valid == 0 || keyword.equals("oneOf") && valid > 1) {
                        errors.add(path + ": " + valid + " of the " + keyword + " alternatives match");
                    }
                }
                case "not" -> {
                    if (check(schema.get("not"), instance, path).ok()) {
                        errors.add(path + ": matches a schema it must not match");
                    }
                }
                case "if" -> {
                    var condition = check(schema.get("if"), instance, path);
                    var branch = condition.ok() ? schema.get("then") : schema.get("else");
                    if (condition.ok()) {
                        evaluated.addAll(condition.evaluated);
                    }
                    if (branch != null) {
                        merge(check(branch, instance, path), errors, evaluated);
                    }
                }
                case "then", "else", "unevaluatedProperties" -> {
                    // "then"/"else" belong to "if"; unevaluatedProperties runs last, below.
                }
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw new IllegalArgumentException("keyword not supported by this checker: " + keyword);
                    }
                }
            }
        }
        if (Boolean.FALSE.equals(schema.get("unevaluatedProperties")) && instance instanceof Map<?, ?> map) {
            for (var key : map.keySet()) {
                if (!evaluated.contains(key)) {
                    errors.add(path + ": unexpected property '" + key + "'");
                }
            }
            evaluated.addAll((Set<String>) map.keySet());
        }
        return new Result(errors, evaluated);
    }

    private static void merge(Result result, List<String> errors, Set<String> evaluated) {
        errors.addAll(result.errors);
        evaluated.addAll(result.evaluated);
    }

    private Object resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        Object node = root;
        for (var part : ref.substring(2).split("/")) {
            node = ((Map<?, ?>) node).get(part);
            if (node == null) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return node;
    }

    private static boolean hasType(Object instance, String type) {
        return switch (type) {
            case "string" -> instance instanceof String || instance instanceof Date;
            case "number" -> instance instanceof Number;
            case "integer" -> instance instanceof Integer || instance instanceof Long || instance instanceof BigInteger;
            case "boolean" -> instance instanceof Boolean;
            case "object" -> instance instanceof Map;
            case "array" -> instance instanceof List;
            case "null" -> instance == null;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }
}
