-- A list membership's registered source (its event's sourceId) now shows in the case history as a
-- citation, as other entries' citations do (HistoryRows). History rows written before are given it
-- here from their events, as a replay of the history would; rows already citing are left alone.
-- Payloads are the storage serializer's JSON (V1); only the two membership events are read.
WITH membership AS MATERIALIZED (
    SELECT convert_from(payload, 'UTF8')::jsonb AS event
    FROM domain_event_entry
    WHERE payload_type IN ('org.fullaccounting.casefile.api.AddedToListEvent',
                           'org.fullaccounting.casefile.api.RemovedFromListEvent')
)
UPDATE history_entry h
SET cited_source_id = (m.event ->> 'sourceId')::uuid
FROM membership m
WHERE h.entry_id = (m.event ->> 'entryId')::uuid
  AND h.kind = 'LIST_MEMBERSHIP'
  AND h.cited_source_id IS NULL
  AND m.event ->> 'sourceId' IS NOT NULL;
