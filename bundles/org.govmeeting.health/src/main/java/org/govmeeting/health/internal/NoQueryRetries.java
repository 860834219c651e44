package org.govmeeting.health.internal;

import javax.persistence.EntityManagerFactory;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns off EclipseLink's own retries of a read that met a lost connection. EclipseLink runs such a
 * read three more times, five seconds apart, each waiting for the pool's connection timeout: a
 * request met an unreachable database and answered after more than half a minute, holding a request
 * thread all along. The pool already drops dead connections, and the caller is better served by a
 * 503 at once. EclipseLink 2.7 has no persistence property for it, so it is set on each persistence
 * unit's session when Aries JPA registers its factory.
 */
@Component(immediate = true)
public class NoQueryRetries {
  private static final Logger LOG = LoggerFactory.getLogger(NoQueryRetries.class);

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      target = "(osgi.unit.name=govmeeting.*)")
  void bindFactory(EntityManagerFactory factory) {
    try {
      Session session = factory.unwrap(Session.class);
      Login login = session == null ? null : session.getDatasourceLogin();
      if (login instanceof DatabaseLogin) {
        ((DatabaseLogin) login).setQueryRetryAttemptCount(0);
        LOG.debug("no query retries for {}", session.getName());
      }
    } catch (RuntimeException | LinkageError notEclipseLink) {
      LOG.debug("persistence unit not run by EclipseLink: {}", notEclipseLink.toString());
    }
  }

  void unbindFactory(EntityManagerFactory factory) {
    // Nothing kept.
  }
}
