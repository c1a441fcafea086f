package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer, remembering the class each stored type name resolved to. Axon resolves
 * the name again for every payload and every metadata it reads (Jackson's {@code TypeFactory.findClass},
 * a {@code Class.forName}): 5.6 % of the application's CPU in a replay of every read model. Only names
 * that resolved to a class are kept; an unknown name or the empty type goes to Axon's own handling every
 * time. Within one JVM a name always resolves to the same class, so the map only saves work and changes
 * no answer; it holds at most one entry per class the stored types name.
 */
final class StorageSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> resolved = new ConcurrentHashMap<>();

    StorageSerializer(Builder builder) {
        super(builder);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class<?> known = resolved.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = super.classForType(type);
        if (found != UnknownSerializedType.class && found != Void.class) {
            resolved.put(type.getName(), found);
        }
        return found;
    }

    /** How many type names it has resolved and keeps (for tests). */
    int remembered() {
        return resolved.size();
    }
}
