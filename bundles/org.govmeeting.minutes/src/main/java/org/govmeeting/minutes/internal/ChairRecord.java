package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** The member the mayor entrusted with the chair of one meeting (D3). */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_CHAIR")
public class ChairRecord {
  @Id long meetingId;

  @Column(nullable = false, length = 64)
  String personId;

  @Column(nullable = false, length = 64)
  String entrustedBy;

  @Column(nullable = false)
  Timestamp entrustedAt;
}
