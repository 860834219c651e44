package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * S2: one leader's countersignature of an emergency decision, given by that leader; never changed.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_EMERGENCY_SIGNATURE")
public class EmergencySignatureRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "EMERGENCY_ID", nullable = false)
  long emergencyId;

  @Column(name = "PERSON_ID", nullable = false, length = 64)
  String personId;

  @Column(name = "SIGNED_AT", nullable = false)
  Timestamp signedAt;
}
