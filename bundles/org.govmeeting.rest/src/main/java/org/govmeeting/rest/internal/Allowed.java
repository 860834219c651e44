package org.govmeeting.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.govmeeting.api.directory.Role;

/**
 * Who may call a resource method. With no roles, any authenticated person of the directory may. A
 * method that carries no {@code @Allowed} (on itself or its class) is refused to everyone, so a
 * forgotten annotation fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  Role[] value() default {};
}
