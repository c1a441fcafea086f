package org.fullaccounting.api.application.admin;

import org.fullaccounting.api.infrastructure.axon.StoredPositions;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which read models are being rebuilt, read from PostgreSQL (the replay ledger and the stored
 * tokens), so every node answers alike: a model is being rebuilt from the moment a replay clears it
 * until its stored tokens pass the position the store had reached then. Meanwhile its tables hold
 * part of the store, and every list served from it says so (the API in a header, the pages in a
 * notice), rather than passing a part for the whole.
 *
 * <p>Lists look after they have read: a rebuild that began before or during the read is named. One
 * that ended during the read is not, and that read then lacks at most what the rebuild's last chunk
 * applied, as any list lags the store by the batch its model is applying. Looking before the read as
 * well would cost every list a second round trip (measured: it was that, not the query, that cost).
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

    private final ReplayLedger ledger;
    private final StoredPositions positions;

    ModelRebuilds(ReplayLedger ledger, StoredPositions positions) {
        this.ledger = ledger;
        this.positions = positions;
    }

    /**
     * The rebuilds of these models under way now, in the order named; one statement for all of them.
     * A model stands where its least advanced segment does.
     */
    public List<Rebuild> of(Collection<String> models) {
        Map<String, Rebuild> least = new HashMap<>();
        for (ReplayLedger.ResetToken row : ledger.lastResetsWithTokens(models)) {
            long position = positions.position(row.token(), row.tokenType());
            least.merge(row.processor(), new Rebuild(row.processor(), position, row.resetHead()),
                    (one, other) -> one.position() <= other.position() ? one : other);
        }
        return models.stream().map(least::get).filter(rebuild -> rebuild != null
                && rebuild.position() < rebuild.head()).toList();
    }
}
