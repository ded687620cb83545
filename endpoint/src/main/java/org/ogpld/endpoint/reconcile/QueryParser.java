package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ogpld.endpoint.EndpointException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a client sends (a batch of queries, a data extension request) and checks it, naming the JSON path of
 * anything wrong: {@code queries.q0.type: unknown type 'agency'}.
 */
final class QueryParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> QUERY_KEYS = Set.of("query", "type", "limit", "properties", "type_strict");

    private final ReconcileProperties settings;

    QueryParser(ReconcileProperties settings) {
        this.settings = settings;
    }

    static JsonNode json(String parameter, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException ex) {
            throw EndpointException.badRequest(parameter + ": not JSON: " + ex.getOriginalMessage());
        }
    }

    /** The batch {@code {"q0": {...}, ...}}, in the order sent. */
    Map<String, Query> batch(String text) {
        JsonNode batch = json("queries", text);
        if (!batch.isObject()) {
            throw EndpointException.badRequest("queries: expected an object of queries by key");
        }
        if (batch.size() > settings.maxBatch()) {
            throw EndpointException.badRequest("queries: " + batch.size() + " queries, more than the "
                    + settings.maxBatch() + " of one batch (ogpld.reconcile.max-batch)");
        }
        Map<String, Query> queries = new LinkedHashMap<>();
        for (String key : batch.propertyNames()) {
            queries.put(key, query("queries." + key, batch.get(key)));
        }
        return queries;
    }

    private Query query(String path, JsonNode node) {
        if (!node.isObject()) {
            throw EndpointException.badRequest(path + ": expected an object");
        }
        for (String key : node.propertyNames()) {
            if (!QUERY_KEYS.contains(key)) {
                throw EndpointException.badRequest(path + "." + key + ": unknown member (expected one of "
                        + String.join(", ", QUERY_KEYS.stream().sorted().toList()) + ")");
            }
        }
        JsonNode text = node.path("query");
        if (!text.isMissingNode() && !text.isString()) {
            throw EndpointException.badRequest(path + ".query: expected a string");
        }
        List<Query.Constraint> constraints = constraints(path + ".properties", node.path("properties"));
        if (text.isMissingNode() && constraints.isEmpty()) {
            throw EndpointException.badRequest(path + ": a query needs a 'query' or at least one property");
        }
        return new Query(text.isMissingNode() ? "" : text.stringValue(), types(path + ".type", node.path("type")),
                limit(path + ".limit", node.path("limit")), constraints);
    }

    private static Set<EntityType> types(String path, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Set.of();
        }
        List<JsonNode> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(names::add);
        } else {
            names.add(node);
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (int i = 0; i < names.size(); i++) {
            JsonNode name = names.get(i);
            String at = node.isArray() ? path + "[" + i + "]" : path;
            if (!name.isString()) {
                throw EndpointException.badRequest(at + ": expected a type id");
            }
            types.add(EntityType.of(name.stringValue()).orElseThrow(() -> EndpointException.badRequest(at
                    + ": unknown type '" + name.stringValue() + "' (known: " + knownTypes() + ")")));
        }
        return types;
    }

    private int limit(String path, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return settings.defaultLimit();
        }
        if (!node.isNumber() || node.asDouble() < 1) {
            throw EndpointException.badRequest(path + ": expected a number of candidates, at least 1");
        }
        return (int) Math.min(node.asDouble(), settings.maxLimit());
    }

    private static List<Query.Constraint> constraints(String path, JsonNode node) {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw EndpointException.badRequest(path + ": expected an array of {pid, v}");
        }
        List<Query.Constraint> constraints = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.path("pid").isString() || item.path("v").isMissingNode()) {
                throw EndpointException.badRequest(at + ": expected {pid, v}");
            }
            String pid = item.get("pid").stringValue();
            ServiceProperty property = ServiceProperty.of(pid).filter(ServiceProperty::constraint)
                    .orElseThrow(() -> EndpointException.badRequest(at + ".pid: unknown property '" + pid
                            + "' (a query may constrain: " + constraintIds() + ")"));
            constraints.add(new Query.Constraint(property.id(), values(at + ".v", item.get("v"))));
        }
        return constraints;
    }

    private static List<String> values(String path, JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values.add(value(path + "[" + i + "]", node.get(i)));
            }
        } else {
            values.add(value(path, node));
        }
        return values;
    }

    /** A value as text; a reconciled entity {@code {"id": ...}} by its id. */
    private static String value(String path, JsonNode node) {
        if (node.isObject()) {
            if (!node.path("id").isString()) {
                throw EndpointException.badRequest(path + ".id: expected the entity's id");
            }
            return node.get("id").stringValue();
        }
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw EndpointException.badRequest(path + ": expected a string, number, boolean or {id}");
    }

    /** A data extension request {@code {"ids": [...], "properties": [{"id": ...}]}}. */
    ExtendRequest extend(String text) {
        JsonNode node = json("extend", text);
        JsonNode ids = node.path("ids");
        JsonNode properties = node.path("properties");
        if (!ids.isArray() || !properties.isArray()) {
            throw EndpointException.badRequest("extend: expected {\"ids\": [...], \"properties\": [{\"id\": ...}]}");
        }
        if (ids.size() > settings.maxBatch()) {
            throw EndpointException.badRequest("extend.ids: " + ids.size() + " ids, more than the "
                    + settings.maxBatch() + " of one request (ogpld.reconcile.max-batch)");
        }
        List<String> idList = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isString()) {
                throw EndpointException.badRequest("extend.ids[" + i + "]: expected an entity id");
            }
            idList.add(ids.get(i).stringValue());
        }
        List<ServiceProperty> wanted = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            String at = "extend.properties[" + i + "].id";
            JsonNode id = properties.get(i).path("id");
            if (!id.isString()) {
                throw EndpointException.badRequest(at + ": expected a property id");
            }
            wanted.add(ServiceProperty.of(id.stringValue()).orElseThrow(() -> EndpointException.badRequest(at
                    + ": unknown property '" + id.stringValue() + "' (known: " + Arrays.stream(
                    ServiceProperty.values()).map(ServiceProperty::id).collect(Collectors.joining(", ")) + ")")));
        }
        return new ExtendRequest(idList, wanted);
    }

    /** What a data extension asks for. */
    record ExtendRequest(List<String> ids, List<ServiceProperty> properties) {}

    private static String knownTypes() {
        return Arrays.stream(EntityType.values()).map(EntityType::id).collect(Collectors.joining(", "));
    }

    private static String constraintIds() {
        return Arrays.stream(ServiceProperty.values()).filter(ServiceProperty::constraint).map(ServiceProperty::id)
                .collect(Collectors.joining(", "));
    }
}
