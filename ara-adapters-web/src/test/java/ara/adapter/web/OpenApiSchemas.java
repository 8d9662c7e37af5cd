package ara.adapter.web;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Map;

/** Validates JSON against the component schemas of the served OpenAPI document, as JSON Schema 2020-12. */
final class OpenApiSchemas {
    private static final String DOCUMENT = "https://ara.test/openapi.json";

    private final SchemaRegistry registry;

    OpenApiSchemas(String openApiDocument) {
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(DOCUMENT, openApiDocument))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** Every way {@code json} breaks the component schema {@code name}; empty when it conforms. */
    List<Error> validate(String name, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + name));
        return schema.validate(json, InputFormat.JSON);
    }
}
