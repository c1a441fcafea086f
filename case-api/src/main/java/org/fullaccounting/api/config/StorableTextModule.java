package org.fullaccounting.api.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.fullaccounting.projections.StorableText;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Refuses, while reading a request body, any JSON string PostgreSQL could not store (U+0000, a lone
 * surrogate): such text would be written to the event store and then stop every read model. A Spring
 * bean, so Spring Boot adds it to the web layer's ObjectMapper only; Axon's storage mapper
 * ({@link AxonSerializers}) stays as it is, and stored events still read back whatever they hold.
 * Jackson adds the field's JSON path to the exception, which ProblemHandler names in its answer.
 */
@Component
public class StorableTextModule extends SimpleModule {

    public static final String MESSAGE = "contains a character that cannot be stored (U+0000 or an unpaired "
            + "UTF-16 surrogate)";

    public StorableTextModule() {
        super("storable-text");
        addDeserializer(String.class, new StorableStrings());
    }

    /** The refusal, carrying the JSON path Jackson adds on its way out. */
    public static class UnstorableText extends JsonMappingException {

        UnstorableText(JsonParser parser) {
            super(parser, MESSAGE);
        }
    }

    private static final class StorableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!StorableText.isStorable(value)) {
                throw new UnstorableText(parser);
            }
            return value;
        }
    }
}
