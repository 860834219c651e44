package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** A person signed in at a meeting (M4), and when they left, if they did. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "ATT_SIGN_IN",
    uniqueConstraints =
        @UniqueConstraint(
            name = "ATT_SIGN_IN_ONCE",
            columnNames = {"MEETING_ID", "PERSON_ID"}),
    indexes = @Index(name = "ATT_SIGN_IN_MEETING", columnList = "MEETING_ID"))
public class SignInRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  @Column(name = "PERSON_ID", nullable = false, length = 64)
  String personId;

  @Column(nullable = false)
  Timestamp signedInAt;

  @Column(nullable = false, length = 64)
  String signedInBy;

  boolean late;

  Timestamp leftAt;

  @Column(length = 64)
  String leftRecordedBy;
}
