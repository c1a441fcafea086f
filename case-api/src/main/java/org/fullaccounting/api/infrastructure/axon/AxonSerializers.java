package org.fullaccounting.api.infrastructure.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ImportedFrom;

/**
 * The one place that decides how events, messages and snapshots look in the store. Axon gets its
 * own ObjectMapper so that a tweak to the web layer's JSON can never change stored events.
 */
public final class AxonSerializers {

    private AxonSerializers() {
    }

    public static ObjectMapper storageObjectMapper() {
        SimpleModule historicalDates = new SimpleModule("historical-dates")
                .addSerializer(HistoricalDate.class, ToStringSerializer.instance)
                .addDeserializer(HistoricalDate.class, new HistoricalDateDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(historicalDates)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // An opening not imported is stored without the field, exactly as before it existed.
                .withConfigOverride(ImportedFrom.class, override -> override.setInclude(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS)))
                // An identification not made in an accession is stored without the field, exactly as before it existed.
                .withConfigOverride(org.fullaccounting.casefile.api.AccessionRef.class, override -> override.setInclude(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS)))
                // An entry citing no registered source likewise: stored as before citations existed.
                .withConfigOverride(Citation.class, override -> override.setInclude(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS)))
                // Snapshots of the aggregate: its state is private fields without getters.
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .build();
    }

    /** Axon's Jackson serializer on {@link #storageObjectMapper}; it remembers resolved type names. */
    public static JacksonSerializer storageSerializer() {
        return new StorageSerializer(JacksonSerializer.builder().objectMapper(storageObjectMapper()));
    }
}
