package org.govmeeting.directory.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.govmeeting.api.directory.UnitKind;

@Entity
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
