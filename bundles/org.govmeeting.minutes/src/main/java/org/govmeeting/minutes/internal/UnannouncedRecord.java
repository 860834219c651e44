package org.govmeeting.minutes.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * A decided item whose decision was taken before the outbox carried decisions, still to be
 * announced once (see {@link DecisionAnnouncement}); the row is the claim: whoever deletes it
 * announces.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "MIN_UNANNOUNCED")
public class UnannouncedRecord {
  @Id
  @Column(name = "ITEM_ID")
  long itemId;
}
