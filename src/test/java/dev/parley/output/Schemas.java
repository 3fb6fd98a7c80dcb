package dev.parley.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** The published parley-events/1 schema, for tests that validate output against it. */
public final class Schemas {
    public static final String RESOURCE = "/dev/parley/schema/parley-events-1.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Schemas() {
    }

    /** Validation errors of the JSON text against the schema, sorted; empty when valid. */
    public static Set<String> errors(String json) {
        try (InputStream in = Schemas.class.getResourceAsStream(RESOURCE)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            JsonNode node = MAPPER.readTree(json);
            Set<String> out = new TreeSet<>();
            for (ValidationMessage m : schema.validate(node)) out.add(m.toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
