package org.ogpld.endpoint.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of the service's answers, in the shapes of the Reconciliation Service API 0.2 schemas. */
final class Answers {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PREVIEW_WIDTH = 400;
    static final int PREVIEW_HEIGHT = 160;

    private Answers() {}

    /**
     * The service manifest.
     *
     * @param base the data's IRI base
     * @param server where the server is reached, ending in {@code /}
     */
    static ObjectNode manifest(String base, String server) {
        String root = server.substring(0, server.length() - 1);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.putArray("versions").add("0.2");
        manifest.put("name", "OGP-LD reconciliation");
        manifest.put("identifierSpace", base + "id/");
        manifest.put("schemaSpace", "https://w3id.org/ogp-ld/ns#");
        manifest.putObject("view").put("url", server + "id/{{id}}");
        ArrayNode types = manifest.putArray("defaultTypes");
        Arrays.stream(EntityType.values()).forEach(t -> types.addObject().put("id", t.id()).put("name", t.label()));
        manifest.putObject("preview").put("url", server + "reconcile/preview?id={{id}}")
                .put("width", PREVIEW_WIDTH).put("height", PREVIEW_HEIGHT);
        ObjectNode suggest = manifest.putObject("suggest");
        for (String kind : List.of("entity", "type", "property")) {
            suggest.putObject(kind).put("service_url", root).put("service_path", "/reconcile/suggest/" + kind);
        }
        ObjectNode extend = manifest.putObject("extend");
        extend.putObject("propose_properties").put("service_url", root).put("service_path", "/reconcile/properties");
        extend.putArray("property_settings");
        return manifest;
    }

    static ObjectNode results(Map<String, List<Candidate>> answers) {
        ObjectNode batch = JSON.createObjectNode();
        answers.forEach((key, candidates) -> {
            ArrayNode result = batch.putObject(key).putArray("result");
            candidates.forEach(c -> candidate(result.addObject(), c));
        });
        return batch;
    }

    private static void candidate(ObjectNode node, Candidate candidate) {
        Entity entity = candidate.entity();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("description", entity.description());
        node.put("score", Math.round(candidate.score() * 1000) / 10.0);
        node.put("match", candidate.match());
        types(node.putArray("type"), entity);
        ArrayNode features = node.putArray("features");
        candidate.features().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
            ObjectNode feature = features.addObject().put("id", f.getKey());
            if (f.getValue() instanceof Boolean flag) {
                feature.put("value", flag);
            } else {
                feature.put("value", ((Number) f.getValue()).doubleValue());
            }
        });
    }

    private static void types(ArrayNode array, Entity entity) {
        Arrays.stream(EntityType.values()).filter(entity::has)
                .forEach(t -> array.addObject().put("id", t.id()).put("name", t.label()));
    }

    static ObjectNode suggestedEntities(List<Entity> entities) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        for (Entity entity : entities) {
            ObjectNode node = result.addObject().put("id", entity.id()).put("name", entity.name())
                    .put("description", entity.description());
            types(node.putArray("notable"), entity);
        }
        return answer;
    }

    static ObjectNode suggestedTypes(List<EntityType> types) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        types.forEach(t -> result.addObject().put("id", t.id()).put("name", t.label())
                .put("description", t.description()));
        return answer;
    }

    static ObjectNode suggestedProperties(List<ServiceProperty> properties) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        properties.forEach(p -> result.addObject().put("id", p.id()).put("name", p.label()));
        return answer;
    }

    static ObjectNode proposedProperties(Optional<EntityType> type, List<ServiceProperty> properties, int limit) {
        ObjectNode answer = JSON.createObjectNode();
        type.ifPresent(t -> answer.put("type", t.id()));
        answer.put("limit", limit);
        ArrayNode result = answer.putArray("properties");
        properties.forEach(p -> result.addObject().put("id", p.id()).put("name", p.label()));
        return answer;
    }

    static ObjectNode extended(List<ServiceProperty> properties,
            Map<String, Map<ServiceProperty, List<Extension.Value>>> rows) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode meta = answer.putArray("meta");
        properties.forEach(p -> meta.addObject().put("id", p.id()).put("name", p.label()));
        ObjectNode rowsNode = answer.putObject("rows");
        rows.forEach((id, values) -> {
            ObjectNode row = rowsNode.putObject(id);
            values.forEach((property, list) -> {
                ArrayNode array = row.putArray(property.id());
                list.forEach(v -> {
                    if (v.id() != null) {
                        array.addObject().put("id", v.id()).put("name", v.name());
                    } else {
                        array.addObject().put("str", v.text());
                    }
                });
            });
        });
        return answer;
    }
}
