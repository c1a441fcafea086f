package org.fullaccounting.api.application.admin;

import org.fullaccounting.api.infrastructure.axon.StoredPositions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which read models are being rebuilt, read from PostgreSQL (the replay ledger and the stored
 * tokens), so every node answers alike: a model is being rebuilt from the moment a replay clears it
 * until its stored tokens pass the position the store had reached then. Meanwhile its tables hold
 * part of the store, and every list served from it says so (the API in a header, the pages in a
 * notice), rather than passing a part for the whole.
 */
@Component
public class ModelRebuilds {

    /** A model being rebuilt: it has applied the store up to {@code position}, of {@code head} at its reset. */
    public record Rebuild(String model, long position, long head) {

        /** How far the rebuild has come, 0 to 99 (it is under way, so never 100). */
        public int percent() {
            return head <= 0 ? 0 : (int) Math.min(99, Math.max(0, position) * 100 / head);
        }
    }

    /**
     * The rebuilds of some models under way when a read began ({@link #watch}) or when it ended
     * ({@link #rebuilding}): a rebuild that starts during the read has already cleared what the read
     * may have missed, and one that ends during it did so after the read saw its part.
     */
    public final class Watch {

        private final Collection<String> models;
        private final List<Rebuild> atStart;

        private Watch(Collection<String> models) {
            this.models = List.copyOf(models);
            this.atStart = of(models);
        }

        /** The rebuilds under way at the start or now, one per model, the one found first kept. */
        public List<Rebuild> rebuilding() {
            Map<String, Rebuild> each = new LinkedHashMap<>();
            atStart.forEach(rebuild -> each.put(rebuild.model(), rebuild));
            of(models).forEach(rebuild -> each.putIfAbsent(rebuild.model(), rebuild));
            return List.copyOf(each.values());
        }
    }

    private final ReplayLedger ledger;
    private final StoredPositions positions;

    ModelRebuilds(ReplayLedger ledger, StoredPositions positions) {
        this.ledger = ledger;
        this.positions = positions;
    }

    /** Starts watching the models for the length of one read. */
    public Watch watch(Collection<String> models) {
        return new Watch(models);
    }

    /** The rebuilds of these models under way now, in the order named. */
    public List<Rebuild> of(Collection<String> models) {
        List<Rebuild> rebuilding = new ArrayList<>();
        models.forEach(model -> of(model).ifPresent(rebuilding::add));
        return rebuilding;
    }

    /** The model's rebuild under way now, if one is. */
    public Optional<Rebuild> of(String model) {
        OptionalLong head = ledger.lastResetHead(model);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long position = positions.of(model).map(StoredPositions.Stored::lowest).orElse(-1L);
        return position >= head.getAsLong() ? Optional.empty()
                : Optional.of(new Rebuild(model, position, head.getAsLong()));
    }
}
