package org.fullaccounting.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read models an API operation's list is served from. While one of them is being rebuilt, its
 * answer carries the {@value RebuildNotices#HEADER} header naming it ({@link RebuildNotices}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ListedFrom {

    /** The models' names, as in the admin API: each projection's NAME. */
    String[] value();
}
