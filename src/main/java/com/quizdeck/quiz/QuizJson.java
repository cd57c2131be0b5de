package com.quizdeck.quiz;

import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NoResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.SelfRating;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Responses and shuffles as small JSON documents in the attempt tables. Written by hand rather than
 * by reflection so that the stored shape does not change when a record is renamed, and so that a
 * dashboard query can read it: {@code {"type":"single_choice","option":2}}.
 */
final class QuizJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuizJson() {
    }

    /** Null for {@link NoResponse}: an unanswered question has no stored response. */
    static String encode(Response response) {
        var node = JSON.createObjectNode();
        switch (response) {
            case NoResponse none -> {
                return null;
            }
            case ChoiceResponse r -> node.put("type", "single_choice").put("option", r.optionIndex());
            case MultiChoiceResponse r -> {
                node.put("type", "multiple_response");
                var options = node.putArray("options");
                r.optionIndexes().stream().sorted().forEach(options::add);
            }
            case TrueFalseResponse r -> node.put("type", "true_false").put("answer", r.answer());
            case TextResponse r -> node.put("type", "short_answer").put("text", r.text());
            case NumericResponse r -> node.put("type", "numeric").put("raw", r.raw());
            case MatchingResponse r -> {
                node.put("type", "matching");
                var pairs = node.putObject("pairs");
                r.rightByLeft().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> pairs.put(String.valueOf(e.getKey()), e.getValue()));
            }
            case OrderingResponse r -> {
                node.put("type", "ordering");
                var order = node.putArray("order");
                r.itemIndexes().forEach(order::add);
            }
            case ClozeResponse r -> {
                node.put("type", "cloze");
                var blanks = node.putArray("blanks");
                r.perBlank().forEach(b -> {
                    if (b == null) {
                        blanks.addNull();
                    } else {
                        blanks.add(b);
                    }
                });
            }
            case SelfRatedResponse r -> node.put("type", "flashcard").put("rating", r.rating().name());
            case OpenResponse r -> node.put("type", "open").put("text", r.text());
        }
        return JSON.writeValueAsString(node);
    }

    static Response decode(String json) {
        if (json == null) {
            return Response.none();
        }
        var node = JSON.readTree(json);
        var type = node.path("type").asString();
        return switch (type) {
            case "single_choice" -> new ChoiceResponse(node.path("option").asInt());
            case "multiple_response" -> {
                var set = new HashSet<Integer>();
                node.path("options").forEach(n -> set.add(n.asInt()));
                yield new MultiChoiceResponse(set);
            }
            case "true_false" -> new TrueFalseResponse(node.path("answer").asBoolean());
            case "short_answer" -> new TextResponse(node.path("text").asString());
            case "numeric" -> new NumericResponse(node.path("raw").asString());
            case "matching" -> {
                var map = new HashMap<Integer, String>();
                var pairs = (ObjectNode) node.path("pairs");
                pairs.propertyNames().forEach(k -> map.put(Integer.valueOf(k), pairs.get(k).asString()));
                yield new MatchingResponse(map);
            }
            case "ordering" -> new OrderingResponse(ints(node.path("order")));
            case "cloze" -> {
                var list = new ArrayList<String>();
                node.path("blanks").forEach(n -> list.add(n.isNull() ? null : n.asString()));
                yield new ClozeResponse(list);
            }
            case "flashcard" -> new SelfRatedResponse(SelfRating.valueOf(node.path("rating").asString()));
            case "open" -> new OpenResponse(node.path("text").asString());
            default -> throw new IllegalStateException("Unknown stored response type '" + type + "'");
        };
    }

    static String encode(Shuffle shuffle) {
        ArrayNode outer = JSON.createArrayNode();
        for (var order : shuffle.orders()) {
            var inner = outer.addArray();
            order.forEach(inner::add);
        }
        return JSON.writeValueAsString(outer);
    }

    static Shuffle decodeShuffle(String json) {
        var orders = new ArrayList<List<Integer>>();
        JSON.readTree(json).forEach(n -> orders.add(ints(n)));
        return new Shuffle(orders);
    }

    private static List<Integer> ints(JsonNode array) {
        var list = new ArrayList<Integer>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }
}
