package org.fullaccounting.api.infrastructure.input;

import org.fullaccounting.api.application.refusals.Refusal;

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

    public StorableTextModule() {
        super("storable-text");
        addDeserializer(String.class, new StorableStrings());
    }

    private static final class StorableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!StorableText.isStorable(value)) {
                // Jackson adds the field's JSON path on its way out; ProblemHandler names it.
                throw JsonMappingException.from(parser, Refusal.UNSTORABLE, Refusal.unstorableText("value"));
            }
            return value;
        }
    }
}
