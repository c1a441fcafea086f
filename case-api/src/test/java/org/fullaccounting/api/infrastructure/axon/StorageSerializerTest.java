package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage serializer answers every type name as Axon's own does, and looks each known one up once. */
class StorageSerializerTest {

    private final JacksonSerializer axons = JacksonSerializer.builder()
            .objectMapper(AxonSerializers.storageObjectMapper()).build();
    private final StorageSerializer storage = (StorageSerializer) AxonSerializers.storageSerializer();

    @Test
    void everyTypeNameResolvesAsAxonsOwnSerializerResolvesIt() {
        List<SerializedType> types = List.of(new SimpleSerializedType(NoteAddedEvent.class.getName(), null),
                new SimpleSerializedType("org.axonframework.messaging.MetaData", null),
                new SimpleSerializedType("org.fullaccounting.NoSuchEvent", null), SimpleSerializedType.emptyType());

        for (int round = 0; round < 2; round++) {
            for (SerializedType type : types) {
                assertThat(storage.classForType(type)).as(type.getName()).isEqualTo(axons.classForType(type));
            }
        }
        assertThat(storage.classForType(types.get(2))).isEqualTo(UnknownSerializedType.class);
        assertThat(storage.classForType(types.get(3))).isEqualTo(Void.class);
    }

    @Test
    void itKeepsOnlyTheNamesThatResolvedToAClass() {
        storage.classForType(new SimpleSerializedType(NoteAddedEvent.class.getName(), null));
        storage.classForType(new SimpleSerializedType(NoteAddedEvent.class.getName(), "2"));
        storage.classForType(new SimpleSerializedType("org.fullaccounting.NoSuchEvent", null));
        storage.classForType(SimpleSerializedType.emptyType());

        assertThat(storage.remembered()).isEqualTo(1);
    }
}
