package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The one reader of a catch-up: reads the store from a token to its head, deserializes each event
 * once (payload, metadata, time), and hands the same chunk to every model's worker, each on a thread
 * of its own, so reading overlaps applying.
 */
final class CatchUpReader {

    /** The store as a catch-up reads it (AxonConfig): large batches, forwards only. */
    public record Store(EventStorageEngine engine) {
    }

    private final EventStorageEngine events;
    private final int chunkEvents;
    private final AtomicReference<Throwable> failure;

    CatchUpReader(Store events, int chunkEvents, AtomicReference<Throwable> failure) {
        this.events = events.engine();
        this.chunkEvents = chunkEvents;
        this.failure = failure;
    }

    /** Reads and hands out everything after {@code start} (null: from the first event); the events read. */
    long pump(TrackingToken start, List<CatchUpWorker> workers) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(workers.size(), task -> {
            Thread thread = new Thread(task, "read-model-catch-up-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.forEach(threads::execute);
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(start, false)) {
            Iterator<? extends TrackedEventMessage<?>> all = stream.iterator();
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(chunkEvents);
            while (failure.get() == null && all.hasNext()) {
                chunk.add(deserialized(all.next()));
                if (chunk.size() == chunkEvents || !all.hasNext()) {
                    hand(chunk, workers);
                    read += chunk.size();
                    chunk = new ArrayList<>(chunkEvents);
                }
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            finish(workers, threads);
        }
        return read;
    }

    /** Deserialized here, once, rather than by whichever model touches it first. */
    private static TrackedEventMessage<?> deserialized(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
            event.getMetaData();
            event.getTimestamp();
        } catch (RuntimeException unreadable) {
            // Left as it is: the model's handler meets it, its chunk fails, and its processor parks it.
        }
        return event;
    }

    private void hand(List<TrackedEventMessage<?>> chunk, List<CatchUpWorker> workers) {
        CatchUpWorker.Chunk shared = new CatchUpWorker.Chunk(List.copyOf(chunk),
                chunk.get(chunk.size() - 1).trackingToken());
        try {
            for (CatchUpWorker worker : workers) {
                worker.offer(shared);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
    }

    private void finish(List<CatchUpWorker> workers, ExecutorService threads) {
        try {
            for (CatchUpWorker worker : workers) {
                worker.finish();
            }
            threads.shutdown();
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                // a chunk is still committing
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
            failure.compareAndSet(null, e);
        }
    }
}
