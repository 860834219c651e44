package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** The mayor's reason for a month without a meeting (C3). */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40,
    primaryKey = true)
@Table(name = "MTG_MONTH_EXCUSE")
public class MonthExcuseRecord {
  @Id
  @Column(length = 7)
  String month;

  @Column(nullable = false, length = 2000)
  String reason;

  @Column(nullable = false, length = 64)
  String recordedBy;

  @Column(nullable = false)
  Timestamp recordedAt;
}
