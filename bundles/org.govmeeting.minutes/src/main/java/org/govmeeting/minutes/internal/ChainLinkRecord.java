package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * One link of the record's chain: signed minutes or a signed erratum, in the order of signature.
 * The sequence is the key, so two signatures can never claim the same place in the chain.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40,
    primaryKey = true)
@Table(name = "MIN_CHAIN_LINK")
public class ChainLinkRecord {
  @Id long sequence;

  @Column(nullable = false, length = 10)
  String kind;

  @Column(name = "MINUTES_ID", nullable = false)
  long minutesId;

  @Column(name = "ERRATUM_ID")
  Long erratumId;

  /** The exact bytes (UTF-8) that were hashed and signed, for a reader to check. */
  @Lob
  @Column(nullable = false, length = 64 * 1024)
  String canonical;

  @Column(nullable = false, length = 64)
  String hash;

  @Column(nullable = false, length = 64)
  String previousHash;

  @Column(nullable = false, length = 400)
  String signature;

  @Column(nullable = false, length = 40)
  String algorithm;

  @Column(nullable = false, length = 64)
  String certificateSha256;

  @Column(nullable = false)
  Timestamp linkedAt;
}
