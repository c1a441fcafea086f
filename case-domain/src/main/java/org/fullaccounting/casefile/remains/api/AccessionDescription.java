package org.fullaccounting.casefile.remains.api;

import org.fullaccounting.casefile.api.HistoricalDate;

/**
 * What an accession is: its name ("K208 Box 12"), when the remains were received (as the source
 * dates it; a range for a return that came over months), the return or operation they came from
 * ("K208 unilateral turnover 1990-1994", "JRO 1996-2005", "K55 2018", "Punchbowl disinterment"),
 * and its box or lot number, if any.
 */
public record AccessionDescription(String name, HistoricalDate receivedOn, String origin, String lot) {
}
