package org.govmeeting.api.directory;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The district's people, units and portfolios. The platform ships one implementation seeded from a
 * roster file; a portal may register its own in its place.
 */
@ProviderType
public interface Directory {
  /**
   * The time zone of the Qianjin district, the setting's default: its calendar says which day it is
   * for deadlines, months (C3) and consultations, and its offset is what the API writes.
   */
  String DEFAULT_ZONE = "Asia/Shanghai";

  /**
   * The time zone of the district of the running {@link DistrictScope}: its own setting ({@link
   * District#timeZone}), else the platform's. "Today" for a deadline, the month of a meeting (C3)
   * and the day a consultation ends are the district's, whatever zone the server runs in.
   */
  ZoneId zone();

  /** A person of the district of the running {@link DistrictScope}; others are not found. */
  Optional<Person> person(String id);

  /**
   * The person a login name is, whichever district they belong to: what authentication asks before
   * it knows the caller's district. Everything else reads the district's own people.
   *
   * @param byAccount whether the name is an {@link Person#account} (compared without regard to
   *     case) rather than a person's ID
   * @since 1.3
   */
  Optional<Person> signingIn(String login, boolean byAccount);

  /**
   * The districts the platform serves, the default one first.
   *
   * @since 1.3
   */
  List<District> districts();

  /**
   * One district.
   *
   * @since 1.3
   */
  Optional<District> district(String id);

  /**
   * One setting of the district of the running {@link DistrictScope}, where that district set its
   * own (null: none): e.g. {@code directory.districtSetting(d -> d.dueSoonDays).orElse(platform)}.
   *
   * @since 1.4
   */
  default <T> Optional<T> districtSetting(java.util.function.Function<District, T> setting) {
    return district(DistrictScope.current()).map(setting);
  }

  /**
   * Adds a district with its roster, at once and without a restart: the platform administrator's
   * act, recorded with who and when. The roster's people belong to the new district from then on;
   * their IDs, the platform's logins, must not be anyone's yet.
   *
   * @throws org.govmeeting.api.error.AccessDeniedException unless the actor is a {@link
   *     Role#PLATFORM_ADMINISTRATOR}
   * @throws org.govmeeting.api.error.ValidationException if the code, the name or the roster is not
   *     right (every problem at once, the roster's with its line number)
   * @throws org.govmeeting.api.error.ConflictException if the district or one of its people exists
   * @since 1.3
   */
  District addDistrict(NewDistrict district, Actor actor);

  /**
   * Changes a district's name and settings, at once and without a restart: the platform
   * administrator's act, recorded with who, when, why and what each setting was before.
   *
   * @param revision the district's {@link District#revision} the change was based on
   * @throws org.govmeeting.api.error.AccessDeniedException unless the actor is a {@link
   *     Role#PLATFORM_ADMINISTRATOR}
   * @throws org.govmeeting.api.error.NotFoundException if there is no such district
   * @throws org.govmeeting.api.error.ValidationException every problem of the settings at once
   * @throws org.govmeeting.api.error.StaleRevisionException if the district changed since {@code
   *     revision}
   * @since 1.4
   */
  District changeDistrict(String id, DistrictSettings settings, long revision, Actor actor);

  /**
   * The person of the district whose {@link Person#account} this is, compared without regard to
   * case (LDAP compares uid and mail so).
   *
   * @since 1.2
   */
  Optional<Person> personByAccount(String account);

  /**
   * People, optionally filtered.
   *
   * @param unitId only people of this unit, or {@code null} for all
   * @param role only holders of this role, or {@code null} for all
   */
  List<Person> people(String unitId, Role role);

  Optional<Unit> unit(String id);

  /**
   * Units, optionally filtered.
   *
   * @param kind only units of this kind, or {@code null} for all
   * @param supervisorId only units in this person's portfolio, or {@code null} for all
   */
  List<Unit> units(UnitKind kind, String supervisorId);

  /** The members of the executive meeting (C1): the mayor and the vice-mayors. */
  List<Person> members();

  /** The regular attendees (C2). */
  List<Person> regularAttendees();

  /**
   * Adds a person.
   *
   * @throws org.govmeeting.api.error.ValidationException if a field is missing or names no unit
   * @throws org.govmeeting.api.error.ConflictException if the ID is taken
   */
  Person addPerson(NewPerson person, Actor actor);

  /**
   * Moves a unit into a supervisor's portfolio, recording who did it and why.
   *
   * @throws org.govmeeting.api.error.NotFoundException if the unit or person does not exist
   * @throws org.govmeeting.api.error.ValidationException if the person may not supervise
   */
  Unit assignSupervisor(String unitId, String supervisorId, String reason, Actor actor);

  /** The recorded changes, newest first, optionally only those about one subject. */
  List<DirectoryChange> changes(String subjectId, int offset, int limit);
}
