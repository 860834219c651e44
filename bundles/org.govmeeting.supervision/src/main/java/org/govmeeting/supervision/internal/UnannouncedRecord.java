package org.govmeeting.supervision.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * An emergency decision recorded before the outbox carried them, still to be announced to the
 * planner once (see {@link EmergencyAnnouncement}); the row is the claim: whoever deletes it
 * announces.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "SUP_UNANNOUNCED")
public class UnannouncedRecord {
  @Id
  @Column(name = "EMERGENCY_ID")
  long emergencyId;
}
