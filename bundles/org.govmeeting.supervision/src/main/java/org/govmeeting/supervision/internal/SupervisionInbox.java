package org.govmeeting.supervision.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.Task;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The open tasks (I1) of the person's unit, as lead or co-operating unit, that are due within
 * {@code dueSoonDays} or overdue: those the unit is reminded of or chased for.
 */
@Component(service = InboxSource.class, configurationPid = SupervisionConfig.PID)
public class SupervisionInbox implements InboxSource {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final Clock clock;
  private final IntSupplier dueSoonDays;

  @Activate
  public SupervisionInbox(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.supervision)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.supervision)")
          SchemaReady schema,
      @Reference Directory directory,
      SupervisionConfig config) {
    this(jpa, directory, Clock.systemUTC(), new DueSoonDays(directory, config.dueSoonDays()));
  }

  SupervisionInbox(JpaTemplate jpa, Directory directory, Clock clock, IntSupplier dueSoonDays) {
    this.jpa = jpa;
    this.directory = directory;
    this.clock = clock;
    this.dueSoonDays = dueSoonDays;
  }

  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    String unit = actor.unitId().orElse(null);
    if (unit == null) {
      return List.of();
    }
    java.time.ZoneId zone = directory.zone();
    LocalDate today = SupervisionRules.today(clock.instant(), zone);
    Date until = Date.valueOf(SupervisionRules.dueSoonUntil(today, dueSoonDays.getAsInt()));
    List<TaskRecord> tasks =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select t from TaskRecord t where t.state = :open and t.due <= :until"
                            + " and (t.ownerUnitId = :unit or t.coUnitIds like :co)",
                        TaskRecord.class)
                    .setParameter("open", Task.State.OPEN)
                    .setParameter("until", until)
                    .setParameter("unit", unit)
                    .setParameter("co", "%" + unit + "%")
                    .getResultList());
    List<InboxItem> out = new ArrayList<>();
    for (TaskRecord t : tasks) {
      if (!t.ownerUnitId.equals(unit) && !TaskRepository.coUnits(t).contains(unit)) {
        continue; // a unit whose id contains this one's
      }
      LocalDate due = t.due.toLocalDate();
      InboxItem i = new InboxItem();
      i.kind = InboxItem.Kind.TASK;
      i.clause = Clause.I1;
      i.itemId = t.id;
      i.meetingId = t.meetingId;
      i.topicId = t.topicId;
      i.subject = t.what;
      i.since = t.createdAt.toInstant();
      // Due at the end of its day in the district.
      i.due = SupervisionRules.endOf(due, zone);
      i.overdue = SupervisionRules.overdue(due, today);
      out.add(i);
    }
    return out;
  }
}
