package org.govmeeting.minutes.internal;

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
import org.govmeeting.api.minutes.RecordingReference;

/** Where the meeting's recording is kept (M3); written once, never changed. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_RECORDING")
public class RecordingRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  RecordingReference.Medium medium;

  @Column(nullable = false, length = 500)
  String location;

  @Column(length = 64)
  String sha256;

  @Column(name = "DURATION_MINUTES")
  Integer durationMinutes;

  @Column(length = 1000)
  String note;

  @Column(name = "REGISTERED_BY", nullable = false, length = 64)
  String registeredBy;

  @Column(name = "REGISTERED_AT", nullable = false)
  Timestamp registeredAt;

  RecordingReference toReference() {
    RecordingReference r = new RecordingReference();
    r.id = id;
    r.meetingId = meetingId;
    r.medium = medium;
    r.location = location;
    r.sha256 = sha256;
    r.durationMinutes = durationMinutes;
    r.note = note;
    r.registeredBy = registeredBy;
    r.registeredAt = registeredAt.toInstant();
    return r;
  }
}
