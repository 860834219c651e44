package org.govmeeting.rest.internal;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.security.Actor;

/** The role check for a resource method, from its {@link Allowed} annotation. */
final class Access {
  private Access() {}

  /**
   * Whether the actor may call the method. A method annotated nowhere is refused to everyone.
   *
   * @param method the resource method, or {@code null} if none was matched
   */
  static boolean permits(Method method, Class<?> resource, Actor actor) {
    if (method == null) {
      return false;
    }
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null && resource != null) {
      allowed = resource.getAnnotation(Allowed.class);
    }
    if (allowed == null) {
      return false;
    }
    if (allowed.value().length == 0) {
      return true;
    }
    Set<Role> wanted = EnumSet.noneOf(Role.class);
    wanted.addAll(java.util.Arrays.asList(allowed.value()));
    return actor.hasAny(wanted);
  }
}
