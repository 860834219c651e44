package org.govmeeting.schema.district;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.govmeeting.api.directory.DistrictScope;

/**
 * Gives every client session of a persistence unit the district of the running {@link
 * DistrictScope}: EclipseLink then adds {@code DISTRICT_ID = ?} to every read, update and delete of
 * a district-scoped entity and fills the column on insert, so a module cannot reach another
 * district's rows by any query it writes. Named in each module's {@code persistence.xml} as {@code
 * eclipselink.session-event-listener}; one client session serves one act (Aries JPA's entity
 * manager of the act's coordination), which runs in one district.
 */
public final class DistrictSessions extends SessionEventAdapter {
  @Override
  public void postAcquireClientSession(SessionEvent event) {
    event.getSession().setProperty(DistrictScope.PROPERTY, DistrictScope.current());
  }
}
