package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.minutes.Minutes;

/**
 * A correction of the wording of signed minutes, reviewed like them and signed on its own; the
 * minutes it corrects never change.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(
    name = "MIN_ERRATUM",
    indexes = @Index(name = "MIN_ERRATUM_MINUTES", columnList = "MINUTES_ID"))
public class ErratumRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MINUTES_ID", nullable = false)
  long minutesId;

  /** The passage of the signed minutes it corrects, verbatim. */
  @Lob
  @Column(length = 64 * 1024)
  String passage;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String text;

  @Enumerated(EnumType.STRING)
  @Column(length = 14)
  Minutes.Erratum.State state;

  /** Units whose opinion is awaited, comma-separated. */
  @Column(length = 2000)
  String awaiting;

  /** Whether the legal department found it lawful (the mayor signs only then). */
  boolean legalOk;

  /** Whether the passage lies in what only the participants read (K3). */
  boolean restricted;

  @Column(nullable = false, length = 64)
  String draftedBy;

  @Column(nullable = false)
  Timestamp draftedAt;

  @Column(length = 64)
  String signedBy;

  Timestamp signedAt;

  @Column(length = 64)
  String hash;

  @Column(length = 64)
  String previousHash;
}
