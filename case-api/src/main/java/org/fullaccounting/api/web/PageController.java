package org.fullaccounting.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that answers with pages (Thymeleaf), not JSON: its refusals are answered as
 * pages by WebErrors; the API's controllers, in the same packages, answer with problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageController {
}
