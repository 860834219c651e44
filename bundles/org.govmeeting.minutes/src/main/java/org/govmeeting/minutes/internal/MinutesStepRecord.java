package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** One act on the minutes (opinion, legality review, signature, issue, confidential read). */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_STEP", indexes = @Index(name = "MIN_STEP_MINUTES", columnList = "MINUTES_ID"))
public class MinutesStepRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MINUTES_ID", nullable = false)
  long minutesId;

  @Column(nullable = false, length = 20)
  String kind;

  @Column(nullable = false, length = 64)
  String actorId;

  @Column(length = 40)
  String actorRole;

  @Column(length = 64)
  String unitId;

  boolean agreed;

  @Column(length = 4000)
  String comments;

  @Column(name = "ACTED_AT", nullable = false)
  Timestamp at;

  /** The erratum acted on, or {@code null} for the minutes themselves. */
  Long erratumId;
}
