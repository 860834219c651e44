package org.govmeeting.review.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;

/**
 * One sign-off. Once acted on (signed, returned, rejected) its actor fields are never rewritten.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "REV_STEP")
public class StepRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  /** The optimistic lock: a concurrent change of the same record is refused. */
  @Version
  @Column(name = "REVISION")
  long revision;

  @ManyToOne(optional = false)
  @JoinColumn(name = "CHAIN_ID")
  ChainRecord chain;

  @Column(nullable = false)
  int stage;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  Role role;

  @Column(length = 64)
  String signerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  Clause clause;

  /** The district's own clause that demanded the step, as its policy worded it then. */
  @Column(name = "OWN_CLAUSE", length = 30)
  String ownClause;

  @Column(name = "OWN_CLAUSE_TEXT", length = 2000)
  String ownClauseText;

  @Column(name = "OWN_CLAUSE_TEXT_EN", length = 2000)
  String ownClauseTextEnglish;

  @Column(length = 300)
  String label;

  @Column(name = "LABEL_EN", length = 300)
  String labelEnglish;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  StepState state;

  @Column(length = 64)
  String actorId;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  Role actorRole;

  Timestamp actedAt;

  @Column(length = 2000)
  String comment;

  /** F7: the supervisor's answer to S8, whether it can be settled within their authority. */
  @Column(name = "WITHIN_AUTHORITY")
  Boolean withinAuthority;

  /** F6 asked for after submission: by whom and why; empty for the policy's own steps. */
  @Column(name = "REQUESTED_BY", length = 64)
  String requestedBy;

  @Column(name = "REQUEST_REASON", length = 2000)
  String requestReason;
}
