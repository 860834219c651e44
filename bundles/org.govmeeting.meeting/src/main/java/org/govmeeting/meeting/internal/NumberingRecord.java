package org.govmeeting.meeting.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * The last number given in a series (the district's meetings). Its row is locked while a number is
 * taken, so nodes sharing the database hand out numbers one after the other.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40,
    primaryKey = true)
@Table(name = "MTG_NUMBERING")
public class NumberingRecord {
  static final String MEETINGS = "meeting";

  @Id
  @Column(name = "SERIES", length = 40)
  String series;

  @Column(name = "LAST_NUMBER", nullable = false)
  int last;
}
