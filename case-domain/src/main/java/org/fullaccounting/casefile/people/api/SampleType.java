package org.fullaccounting.casefile.people.api;

/**
 * The kinds of family reference sample a laboratory compares remains with: mitochondrial DNA
 * (inherited through mothers), Y-chromosome STRs (through fathers to sons), autosomal STRs (both).
 */
public enum SampleType {
    MTDNA, Y_STR, AU_STR;

    /** mtDNA only from the maternal line, Y-STR only from the paternal; autosomal from either. */
    public boolean inheritedThrough(Line line) {
        return switch (this) {
            case MTDNA -> line == Line.MATERNAL;
            case Y_STR -> line == Line.PATERNAL;
            case AU_STR -> true;
        };
    }
}
