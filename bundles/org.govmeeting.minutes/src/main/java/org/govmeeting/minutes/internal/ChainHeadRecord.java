package org.govmeeting.minutes.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/**
 * The chain's last link, one row locked by every signature: two signatures at the same moment take
 * their places one after the other instead of both claiming the same one.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40,
    primaryKey = true)
@Table(name = "MIN_CHAIN_HEAD")
public class ChainHeadRecord {
  static final long ID = 1;

  @Id long id;

  long sequence;

  @Column(length = 64)
  String hash;
}
