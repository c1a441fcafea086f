package org.fullaccounting.casefile.api;

/** A serviceman's name as the records give it. The middle name or initial is optional. */
public record PersonName(String family, String given, String middle) {

    public String display() {
        return (given + " " + (middle == null || middle.isBlank() ? "" : middle + " ") + family).trim();
    }
}
