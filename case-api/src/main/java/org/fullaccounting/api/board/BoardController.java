package org.fullaccounting.api.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.reads.ReadScope;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.BoardQuery;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The status board's numbers. */
@RestController
@Tag(name = "Board", description = "Counts and lists of cases")
public class BoardController {

    private final BoardQuery board;

    BoardController(BoardQuery board) {
        this.board = board;
    }

    @GetMapping("/api/board")
    @Operation(summary = "Cases per status, on the Last Seen Alive list, with open sightings")
    public BoardCounts counts(Authentication who) {
        if (ReadScope.of(who) == ReadScope.NO_CASES) {
            Map<CaseStatus, Long> zero = new EnumMap<>(CaseStatus.class);
            Arrays.stream(CaseStatus.values()).forEach(status -> zero.put(status, 0L));
            return new BoardCounts(0, zero, 0, 0, 0);
        }
        return board.counts();
    }
}
