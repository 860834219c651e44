package org.govmeeting.api.directory;

import java.util.List;

/** A person of the district as the directory knows them. */
public class Person {
  /**
   * Stable ID; also the person's login account unless the platform matches logins by {@link
   * #account}.
   */
  public String id;

  /**
   * The person's account in the district's login directory (统一认证账号: the portal's LDAP uid, mail or
   * employee number), in lower case; {@code null} when none was given. Logins are matched by it
   * where the REST configuration says {@code accountMatch = account}.
   *
   * @since 1.2
   */
  public String account;

  /**
   * The district the person belongs to ({@link District#id}); everything they see and do is that
   * district's.
   *
   * @since 1.3
   */
  public String districtId;

  /** Full name as written in Chinese documents. */
  public String name;

  /** Job title, e.g. 副区长. */
  public String title;

  /** The unit the person belongs to. */
  public String unitId;

  public List<Role> roles;

  /** Whether the person is a member of the executive meeting (C1). */
  public boolean member;

  /** Whether the person is a regular attendee (C2). */
  public boolean regularAttendee;

  /**
   * IDs of the units this person supervises; empty for anyone but vice-mayors and party members.
   */
  public List<String> portfolio;
}
