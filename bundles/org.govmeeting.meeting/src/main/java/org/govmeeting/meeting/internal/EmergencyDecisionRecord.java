package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * The planner's copy of an emergency decision (S2), as supervision announced it: what the agenda
 * shows, and the meeting that heard it once one did. The id is supervision's.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MTG_EMERGENCY")
public class EmergencyDecisionRecord {
  @Id long id;

  @Column(nullable = false, length = 2000)
  String what;

  @Column(name = "DECIDED_BY", nullable = false, length = 64)
  String decidedBy;

  @Column(name = "DECIDED_AT", nullable = false)
  Timestamp decidedAt;

  @Column(name = "REPORTED_AT_MEETING_ID")
  Long reportedAtMeetingId;
}
