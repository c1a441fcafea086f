package org.fullaccounting.api.web.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.web.ListedFrom;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.api.application.lists.CaseLists;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** The status board's numbers. */
@RestController
@Tag(name = "Board", description = "Counts and lists of cases")
public class BoardController {

    private final CaseLists lists;

    BoardController(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/board")
    @ListedFrom(BoardProjection.NAME)
    @Operation(summary = "Cases per status, on the Last Seen Alive list, with open sightings",
            description = "Counts over the cases the caller may see.")
    public BoardCounts counts(Authentication who) {
        return lists.counts(who);
    }
}
