package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** A version of the minutes' text; inserted, never updated. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_VERSION",
    indexes = @Index(name = "MIN_VERSION_MINUTES", columnList = "MINUTES_ID"))
public class MinutesVersionRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MINUTES_ID", nullable = false)
  long minutesId;

  @Column(nullable = false)
  int version;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String text;

  @Column(nullable = false, length = 64)
  String editedBy;

  @Column(nullable = false)
  Timestamp editedAt;
}
