package org.govmeeting.directory.internal;

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
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;

/** An append-only record of a directory change; rows are inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "DIR_CHANGE",
    indexes = @Index(name = "DIR_CHANGE_SUBJECT", columnList = "SUBJECT_ID"))
public class ChangeRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "CHANGED_AT", nullable = false)
  Timestamp at;

  @Column(nullable = false, length = 64)
  String actorId;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  Role actorRole;

  @Column(nullable = false, length = 40)
  String kind;

  @Column(name = "SUBJECT_ID", nullable = false, length = 64)
  String subjectId;

  @Column(length = 1000)
  String detail;

  @Column(length = 1000)
  String reason;
}
