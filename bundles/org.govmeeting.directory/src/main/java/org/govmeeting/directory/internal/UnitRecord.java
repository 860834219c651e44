package org.govmeeting.directory.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.UnitKind;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40,
    primaryKey = true)
@Table(name = "DIR_UNIT")
public class UnitRecord {
  @Id
  @Column(length = 64)
  String id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(length = 100)
  String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  UnitKind kind;

  @Column(length = 64)
  String headId;

  @Column(length = 64)
  String supervisorId;
}
