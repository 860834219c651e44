package org.govmeeting.directory.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A district the platform serves; not itself district-scoped: the platform's list of them. */
@Entity
@Table(name = "DIR_DISTRICT")
public class DistrictRecord {
  @Id
  @Column(length = 40)
  String id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(name = "ADDED_AT")
  Timestamp addedAt;

  @Column(name = "ADDED_BY", length = 64)
  String addedBy;

  @Column(name = "FIRST_MEETING_NUMBER")
  Integer firstMeetingNumber;

  @Column(name = "CUTOFF_HOURS")
  Integer cutoffHours;

  @Column(name = "DUE_SOON_DAYS")
  Integer dueSoonDays;

  @Column(name = "ARCHIVE_WITHIN_DAYS")
  Integer archiveWithinDays;

  @Column(name = "TIME_ZONE", length = 64)
  String timeZone;

  /** Counted by the change itself (under its row lock), not by JPA: a stale one is a 412. */
  @Column(nullable = false)
  long revision;
}
