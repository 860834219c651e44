package org.govmeeting.api.directory;

import java.util.List;

/** What the Office gives to add a person to the directory. */
public class NewPerson {
  public String id;

  /**
   * The person's account in the district's login directory, optional; unique, compared without
   * regard to case.
   *
   * @since 1.2
   */
  public String account;

  public String name;
  public String title;
  public String unitId;
  public List<Role> roles;
}
