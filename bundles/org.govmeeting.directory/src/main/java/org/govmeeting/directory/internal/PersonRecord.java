package org.govmeeting.directory.internal;

import java.util.EnumSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;

@Entity
@Table(name = "DIR_PERSON", indexes = @Index(name = "DIR_PERSON_UNIT", columnList = "UNIT_ID"))
public class PersonRecord {
  @Id
  @Column(length = 64)
  String id;

  /** In the district's login directory, lower case; see {@link Accounts}. */
  @Column(length = 256)
  String account;

  /**
   * Not a tenant discriminator: a login finds the person before it knows the district. Every query
   * of the district's people names it.
   */
  @Column(name = "DISTRICT_ID", nullable = false, length = 40)
  String districtId = DistrictScope.DEFAULT;

  @Column(nullable = false, length = 100)
  String name;

  @Column(length = 100)
  String title;

  @Column(name = "UNIT_ID", nullable = false, length = 64)
  String unitId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "DIR_PERSON_ROLE", joinColumns = @JoinColumn(name = "PERSON_ID"))
  @Enumerated(EnumType.STRING)
  @Column(name = "ROLE", length = 40)
  Set<Role> roles = EnumSet.noneOf(Role.class);
}
