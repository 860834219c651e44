package org.govmeeting.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET that reads from several modules (the inbox): {@link ActTransaction} runs it in one
 * transaction that writes nothing, so every module's read shares one connection and one entity
 * manager per unit instead of opening a transaction of its own, and all of them see the same
 * moment.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ReadsAcrossModules {}
