package org.fullaccounting.api.infrastructure.axon;

import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import org.fullaccounting.casefile.api.HistoricalDate;

/** Reads a historical date from its string form ("1950-11"), kept as given. */
class HistoricalDateDeserializer extends FromStringDeserializer<HistoricalDate> {

    HistoricalDateDeserializer() {
        super(HistoricalDate.class);
    }

    @Override
    protected HistoricalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
        return HistoricalDate.of(value);
    }
}
