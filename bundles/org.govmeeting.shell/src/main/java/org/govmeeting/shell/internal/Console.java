package org.govmeeting.shell.internal;

import java.util.EnumSet;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.security.Actor;

/** The identity console acts are recorded under: the Karaf user, as the Government Office. */
final class Console {
  private Console() {}

  static Actor actor(Session session) {
    Object user = session == null ? null : session.get("USER");
    String name = "console:" + (user == null ? "karaf" : user);
    return new Actor(name, name, EnumSet.of(Role.OFFICE_STAFF));
  }
}
