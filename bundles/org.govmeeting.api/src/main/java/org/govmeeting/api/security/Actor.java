package org.govmeeting.api.security;

import java.util.Objects;
import java.util.Set;
import org.govmeeting.api.directory.Role;

/**
 * The authenticated person behind a request, with the roles the directory gives them. Services take
 * an actor for every act so that each record says who did it and in which role.
 */
public final class Actor {
  private final String personId;
  private final String name;
  private final Set<Role> roles;
  private final String unitId;
  private final String districtId;

  public Actor(String personId, String name, Set<Role> roles) {
    this(personId, name, roles, null);
  }

  /**
   * An actor whose unit the caller already read from the directory (the REST access filter does),
   * so that services need not read it again for every request.
   */
  public Actor(String personId, String name, Set<Role> roles, String unitId) {
    this(personId, name, roles, unitId, null);
  }

  /**
   * An actor of a known district, as the directory gave it: the one whose scope ({@link
   * org.govmeeting.api.directory.DistrictScope}) the caller's acts run in.
   *
   * @since 1.3
   */
  public Actor(String personId, String name, Set<Role> roles, String unitId, String districtId) {
    this.personId = Objects.requireNonNull(personId, "personId");
    this.name = name;
    this.roles = Set.copyOf(roles);
    this.unitId = unitId;
    this.districtId = districtId;
  }

  /**
   * The person's district, or the default district where the actor was made without one (the
   * platform's own acts, tests).
   *
   * @since 1.3
   */
  public String districtId() {
    return districtId == null ? org.govmeeting.api.directory.DistrictScope.DEFAULT : districtId;
  }

  /** The person's unit as the directory gave it when the actor was made, if known. */
  public java.util.Optional<String> unitId() {
    return java.util.Optional.ofNullable(unitId);
  }

  public String personId() {
    return personId;
  }

  public String name() {
    return name;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the actor holds at least one of the given roles. */
  public boolean hasAny(Set<Role> wanted) {
    for (Role r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role to record for an act that any of {@code allowed} may perform: the first of them the
   * actor holds, in the order given.
   */
  public Role actingAs(Role... allowed) {
    for (Role r : allowed) {
      if (roles.contains(r)) {
        return r;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Role r : allowed) {
      names.append(names.length() == 0 ? "" : "、").append(org.govmeeting.api.i18n.Chinese.of(r));
    }
    throw new org.govmeeting.api.error.AccessDeniedException(
        "您（" + personId + "）不具有办理此事项的角色，须为" + names,
        personId + " holds none of the roles " + java.util.Arrays.toString(allowed));
  }

  @Override
  public String toString() {
    return personId + roles;
  }
}
