package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;

/** A leave request; once decided its decision fields are never rewritten. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "ATT_LEAVE", indexes = @Index(name = "ATT_LEAVE_MEETING", columnList = "MEETING_ID"))
public class LeaveRequestRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  LeaveRequest.Kind kind;

  @Column(nullable = false, length = 64)
  String personId;

  @Column(nullable = false, length = 2000)
  String reason;

  boolean written;

  @Column(length = 64)
  String delegateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  LeaveRequest.State state;

  @Column(nullable = false)
  Timestamp requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  Role approverRole;

  @Column(length = 64)
  String decidedBy;

  Timestamp decidedAt;

  @Column(length = 2000)
  String decisionNote;
}
