package org.govmeeting.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.directory.DirectoryChange;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;

/** The directory's rows as the contract's DTOs. */
final class Records {
  private Records() {}

  static Person person(EntityManager em, PersonRecord p) {
    List<UnitRecord> portfolio =
        em.createQuery(
                "select u from UnitRecord u where u.supervisorId = :id order by u.id",
                UnitRecord.class)
            .setParameter("id", p.id)
            .getResultList();
    return person(p, portfolio);
  }

  /** Builds the DTO; {@code units} must hold at least every unit in the person's portfolio. */
  static Person person(PersonRecord p, List<UnitRecord> units) {
    Person out = new Person();
    out.id = p.id;
    out.districtId = p.districtId;
    out.account = p.account;
    out.name = p.name;
    out.title = p.title;
    out.unitId = p.unitId;
    out.roles = new ArrayList<>(p.roles);
    out.roles.sort(Comparator.naturalOrder());
    out.member = p.roles.stream().anyMatch(Role::member);
    out.regularAttendee = p.roles.stream().anyMatch(Role::regularAttendee);
    out.portfolio =
        units.stream()
            .filter(u -> p.id.equals(u.supervisorId))
            .map(u -> u.id)
            .sorted()
            .collect(Collectors.toList());
    return out;
  }

  static Unit unit(UnitRecord u) {
    Unit out = new Unit();
    out.id = u.id;
    out.name = u.name;
    out.nameEn = u.nameEn;
    out.kind = u.kind;
    out.headId = u.headId;
    out.supervisorId = u.supervisorId;
    return out;
  }

  static DirectoryChange change(ChangeRecord c) {
    DirectoryChange out = new DirectoryChange();
    out.id = c.id;
    out.at = c.at.toInstant();
    out.actorId = c.actorId;
    out.actorRole = c.actorRole;
    out.kind = c.kind;
    out.subjectId = c.subjectId;
    out.detail = c.detail;
    out.reason = c.reason;
    return out;
  }
}
