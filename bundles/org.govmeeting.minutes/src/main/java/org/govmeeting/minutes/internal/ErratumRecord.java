package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A correction of signed minutes, itself signed; the minutes it corrects never change. */
@Entity
@Table(
    name = "MIN_ERRATUM",
    indexes = @Index(name = "MIN_ERRATUM_MINUTES", columnList = "MINUTES_ID"))
public class ErratumRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "MINUTES_ID", nullable = false)
  long minutesId;

  @Lob
  @Column(nullable = false, length = 16 * 1024 * 1024)
  String text;

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
