package org.govmeeting.meeting.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last number given in a series (the district's meetings). Its row is locked while a number is
 * taken, so nodes sharing the database hand out numbers one after the other.
 */
@Entity
@Table(name = "MTG_NUMBERING")
public class NumberingRecord {
  static final String MEETINGS = "meeting";

  @Id
  @Column(name = "SERIES", length = 40)
  String series;

  @Column(name = "LAST_NUMBER", nullable = false)
  int last;
}
