package org.govmeeting.api.directory;

import org.govmeeting.api.rule.Clause;

/** The roles a person holds in the district. A person may hold several. */
public enum Role {
  /** 区长: convenes and chairs, decides, approves the agenda, signs the minutes. */
  MAYOR,
  /** 常务副区长: also a vice-mayor and a member. */
  EXECUTIVE_VICE_MAYOR,
  /** 副区长: a member; supervises a portfolio of units. */
  VICE_MAYOR,
  /** 党组成员: a regular attendee; may supervise topics. */
  PARTY_GROUP_MEMBER,
  /** 区政府办公室主任. */
  OFFICE_DIRECTOR,
  /** 区政府办公室工作人员. */
  OFFICE_STAFF,
  /** 常务秘书室. */
  SECRETARIAT,
  /** 财政局局长. */
  FINANCE_HEAD,
  /** 司法局局长. */
  JUSTICE_HEAD,
  /** 审计局局长. */
  AUDIT_HEAD,
  /** 信访局局长. */
  PETITIONS_HEAD,
  /** Head of any other department (部门主要负责人). */
  DEPARTMENT_HEAD,
  /** Staff of a department; submits topics for it. */
  DEPARTMENT_STAFF,
  /** 街道办事处主任. */
  SUBDISTRICT_HEAD,
  /**
   * 平台管理员: administers the platform that serves the districts (adds a district, selects each
   * district's policy); holds no place in any district's meetings.
   *
   * @since 1.3
   */
  PLATFORM_ADMINISTRATOR;

  /** Whether this role makes its holder a member of the executive meeting (C1). */
  public boolean member() {
    return this == MAYOR || this == EXECUTIVE_VICE_MAYOR || this == VICE_MAYOR;
  }

  /**
   * Whether this role makes its holder a regular non-voting attendee (C2): party-group members and
   * the heads of the Petitions Bureau, the Government Office, the Finance Bureau and the Audit
   * Bureau.
   */
  public boolean regularAttendee() {
    return this == PARTY_GROUP_MEMBER
        || this == PETITIONS_HEAD
        || this == OFFICE_DIRECTOR
        || this == FINANCE_HEAD
        || this == AUDIT_HEAD;
  }

  /** Whether a holder of this role may supervise units (a portfolio), per S1. */
  public boolean supervisor() {
    return this == EXECUTIVE_VICE_MAYOR || this == VICE_MAYOR || this == PARTY_GROUP_MEMBER;
  }

  /** The clause that gives this role its place in the meeting, if any. */
  public Clause basis() {
    if (member()) {
      return Clause.C1;
    }
    return regularAttendee() ? Clause.C2 : null;
  }
}
