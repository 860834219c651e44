package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The member the mayor entrusted with the chair of one meeting (D3). */
@Entity
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
