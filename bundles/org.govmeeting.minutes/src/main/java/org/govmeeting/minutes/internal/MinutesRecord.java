package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.minutes.Minutes;

/** The minutes of one meeting. Once signed, text, signature and hash never change. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_MINUTES",
    uniqueConstraints = @UniqueConstraint(name = "MIN_MINUTES_MEETING", columnNames = "MEETING_ID"))
public class MinutesRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MEETING_ID", nullable = false)
  long meetingId;

  /** The optimistic lock: every write increments it; a stale write is refused. */
  @Version
  @Column(name = "REVISION")
  long revision;

  @Column(nullable = false, length = 60)
  String documentNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 14)
  Minutes.State state;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String text;

  /** Units whose opinion is awaited, comma-separated. */
  @Column(length = 2000)
  String awaiting;

  /** The reporting departments asked for their opinion, comma-separated; they may read it. */
  @Column(length = 2000)
  String reportingUnits;

  boolean legalOk;

  @Column(length = 64)
  String signedBy;

  Timestamp signedAt;

  /** Order of signature, for the hash chain. */
  Long signSequence;

  @Column(length = 64)
  String hash;

  @Column(length = 64)
  String previousHash;

  @Column(length = 4000)
  String scopeUnits;

  @Column(length = 4000)
  String scopePersons;

  /** Persons present at the meeting, who may always read it, comma-separated. */
  @Column(length = 4000)
  String participants;
}
