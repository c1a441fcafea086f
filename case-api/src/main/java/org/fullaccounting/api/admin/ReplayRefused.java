package org.fullaccounting.api.admin;

/** The reset could not take every segment's token: another node is running the processor. */
public class ReplayRefused extends RuntimeException {

    public ReplayRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
