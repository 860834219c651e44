package org.govmeeting.api.compliance;

import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The compliance report of a meeting, gathered from every module that judges clauses. */
@ProviderType
public interface ComplianceService {
  /**
   * The meeting checked against every clause, as of now.
   *
   * @throws org.govmeeting.api.error.NotFoundException if there is no such meeting
   * @throws org.govmeeting.api.error.AccessDeniedException for whoever may not read the meeting's
   *     papers (K3: the participants, the Office, the secretariat and the mayor may)
   */
  ComplianceReport report(long meetingId, Actor actor);
}
