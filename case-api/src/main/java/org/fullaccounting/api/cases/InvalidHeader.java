package org.fullaccounting.api.cases;

/** A request header that cannot be understood; answered 400 naming the header. */
public class InvalidHeader extends RuntimeException {

    private final String header;

    public InvalidHeader(String header, String problem) {
        super(header + " " + problem);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
