package org.govmeeting.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that computes and writes nothing (a policy's dry-run over past topics): {@link
 * ActTransaction} runs it as it runs a read, without an act's transaction, so that each module's
 * read is a transaction of its own and what it read is let go at once instead of staying in one
 * entity manager per unit until the call ends (a dry-run over a year's topics would fill the heap).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface WritesNothing {}
