package org.govmeeting.api.directory;

import java.util.List;

/** What the Office gives to add a person to the directory. */
public class NewPerson {
  public String id;
  public String name;
  public String title;
  public String unitId;
  public List<Role> roles;
}
