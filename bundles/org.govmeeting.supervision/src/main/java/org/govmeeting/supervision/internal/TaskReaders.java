package org.govmeeting.supervision.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.security.Actor;

/**
 * Who reads a task (K3, I1): a task of a confidential, undecided or deferred item stays with the
 * meeting's participants, the units that carry it, and the Office and the mayor who supervise it;
 * any other task is open to everyone who carries out decisions. One instance answers one request,
 * so each meeting and item is looked up once however many tasks it has.
 */
final class TaskReaders {
  private static final Set<Role> SUPERVISORS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  private final RecordReaders record;
  private final Actor actor;
  private final String unitId;
  private final Map<String, Boolean> restricted = new HashMap<>();
  private final Map<Long, Boolean> participant = new HashMap<>();

  TaskReaders(RecordReaders record, Directory directory, Actor actor) {
    this.record = record;
    this.actor = actor;
    this.unitId =
        actor
            .unitId()
            .orElseGet(() -> directory.person(actor.personId()).map(p -> p.unitId).orElse(null));
  }

  boolean mayRead(long meetingId, long topicId, String ownerUnitId, List<String> coUnitIds) {
    if (actor.hasAny(SUPERVISORS)
        || (unitId != null && (unitId.equals(ownerUnitId) || coUnitIds.contains(unitId)))) {
      return true;
    }
    boolean closed =
        restricted.computeIfAbsent(
            meetingId + "/" + topicId, k -> record.restricted(meetingId, topicId));
    return !closed || participant.computeIfAbsent(meetingId, m -> record.participant(m, actor));
  }
}
