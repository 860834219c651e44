package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.supervision.EmergencyDecision;

/** An emergency decision (S2); only the meeting it was reported to is ever filled in later. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_EMERGENCY")
public class EmergencyRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(nullable = false, length = 2000)
  String what;

  @Column(nullable = false, length = 2000)
  String whyNoMeeting;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  EmergencyDecision.Means means;

  @Column(nullable = false, length = 64)
  String decidedBy;

  @Column(length = 1000)
  String countersignedBy;

  /** ORAL_REPORT: the leaders who heard it, as the directory names them. */
  @Column(name = "HEARD_BY", length = 1000)
  String heardBy;

  @Column(nullable = false)
  Timestamp decidedAt;

  @Column(nullable = false, length = 64)
  String recordedBy;

  Long reportedAtMeetingId;
}
