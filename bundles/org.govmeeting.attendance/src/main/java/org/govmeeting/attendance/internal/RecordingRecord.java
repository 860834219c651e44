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

/** A request to record or photograph the meeting (K3). */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "ATT_RECORDING",
    indexes = @Index(name = "ATT_REC_MEETING", columnList = "MEETING_ID"))
public class RecordingRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(nullable = false, length = 64)
  String personId;

  @Column(nullable = false, length = 1000)
  String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  LeaveRequest.State state;

  @Column(length = 64)
  String decidedBy;

  Timestamp decidedAt;
}
