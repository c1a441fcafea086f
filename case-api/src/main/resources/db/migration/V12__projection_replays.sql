-- A read model's replay across every node (ReplayCoordinator), kept here and not in any node's
-- memory, so a node that starts, restarts or takes over half-way sees where it stands:
--   RELEASING  asked for; every node running the model's processor stops it (releasing its
--              segment claims) and says so below; the first node to find no live claim left
--              resets the tokens (the model's tables are cleared in the same transaction) and
--   RESET      every node starts the processor again (rejoined_at), which rebuilds the model;
--   FAILED     a node kept its claims past the timeout: nothing was cleared, every node rejoins.
-- At most one replay of a processor is RELEASING at a time. Times are the database's clock.
CREATE TABLE projection_replay (
    replay_id    BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    processor    VARCHAR(255)  NOT NULL,
    state        VARCHAR(16)   NOT NULL CHECK (state IN ('RELEASING', 'RESET', 'FAILED')),
    requested_by VARCHAR(255)  NOT NULL,
    requested_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    reset_by     VARCHAR(255),
    ended_at     TIMESTAMPTZ,
    failure      VARCHAR(1023)
);

CREATE UNIQUE INDEX projection_replay_one_open ON projection_replay (processor) WHERE state = 'RELEASING';

-- Each node that stopped its processor for a replay, and when it started it again.
CREATE TABLE projection_replay_node (
    replay_id   BIGINT        NOT NULL REFERENCES projection_replay ON DELETE CASCADE,
    node        VARCHAR(255)  NOT NULL,
    released_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    rejoined_at TIMESTAMPTZ,
    PRIMARY KEY (replay_id, node)
);
