package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * What one meeting did with the report of one emergency decision on its agenda (S2): heard it, as
 * the Government Office recorded in session (who reported, who recorded, when), or missed it,
 * recorded when the meeting closed without hearing it. Never changed.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MTG_EMERGENCY_HEARING",
    uniqueConstraints =
        @UniqueConstraint(
            name = "MTG_EMERGENCY_HEARING_ONCE",
            columnNames = {"EMERGENCY_ID", "MEETING_ID"}))
public class EmergencyHearingRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "EMERGENCY_ID", nullable = false)
  long emergencyId;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  /** True: heard; false: the meeting closed without hearing it. */
  @Column(nullable = false)
  boolean heard;

  @Column(name = "REPORTER_ID", length = 64)
  String reporterId;

  @Column(name = "RECORDED_BY", nullable = false, length = 64)
  String recordedBy;

  @Column(name = "RECORDED_AT", nullable = false)
  Timestamp recordedAt;
}
