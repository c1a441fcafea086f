package org.fullaccounting.api.application.sources;

import org.apache.tika.Tika;

import java.util.Set;

/**
 * The type of an uploaded file as its bytes say, never as the client or the file name claims:
 * Apache Tika's detector (tika-core) matches magic numbers (%PDF-, FF D8 FF, the PNG signature, TIFF
 * in either byte order) and tells plain text from binary. Anything else is refused.
 */
public final class FileTypes {

    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff",
            "text/plain");

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The sniffed type, or null when it is not one of the accepted ones. */
    public static String sniff(byte[] content) {
        String detected = TIKA.detect(content);
        return ACCEPTED.contains(detected) ? detected : null;
    }
}
