package org.govmeeting.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body the call takes but does not need (a signature's comment, a decision's note):
 * the API description says it may be left out. Every other body is required ({@link Params#body}
 * refuses its absence), and the description says so ({@link OpenApiResponses}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface OptionalBody {}
