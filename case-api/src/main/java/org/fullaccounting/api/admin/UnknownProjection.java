package org.fullaccounting.api.admin;

/** No read model of that name. */
public class UnknownProjection extends RuntimeException {

    public UnknownProjection(String name) {
        super("no read model named '" + name + "'");
    }
}
