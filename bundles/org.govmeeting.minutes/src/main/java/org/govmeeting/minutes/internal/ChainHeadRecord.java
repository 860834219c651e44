package org.govmeeting.minutes.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The chain's last link, one row locked by every signature: two signatures at the same moment take
 * their places one after the other instead of both claiming the same one.
 */
@Entity
@Table(name = "MIN_CHAIN_HEAD")
public class ChainHeadRecord {
  static final long ID = 1;

  @Id long id;

  long sequence;

  @Column(length = 64)
  String hash;
}
