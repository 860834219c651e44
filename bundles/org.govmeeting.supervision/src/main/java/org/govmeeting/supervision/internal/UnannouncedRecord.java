package org.govmeeting.supervision.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An emergency decision recorded before the outbox carried them, still to be announced to the
 * planner once (see {@link EmergencyAnnouncement}); the row is the claim: whoever deletes it
 * announces.
 */
@Entity
@Table(name = "SUP_UNANNOUNCED")
public class UnannouncedRecord {
  @Id
  @Column(name = "EMERGENCY_ID")
  long emergencyId;
}
