package org.govmeeting.review.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;

/** One choice of a district's policy; the newest is in force, the older ones are its history. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "REV_POLICY_CHOICE")
public class PolicyChoiceRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(nullable = false, length = 40)
  String policy;

  @Column(length = 40)
  String version;

  @Column(name = "CHOSEN_BY", nullable = false, length = 64)
  String chosenBy;

  @Column(name = "CHOSEN_AT", nullable = false)
  Timestamp chosenAt;

  @Column(nullable = false, length = 2000)
  String reason;
}
