package org.govmeeting.supervision.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.supervision.SupervisionService;
import org.govmeeting.api.supervision.Task;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Supervision's part of the compliance report: each decided topic's tasks and where they stand
 * ({@link SupervisionVerdicts} judges them).
 */
@Component(service = ComplianceSource.class)
public class SupervisionCompliance implements ComplianceSource {
  private static final int PAGE = 200;

  private final SupervisionService supervision;
  private final DeliberationService deliberations;
  private final RecordReaders readers;

  @Activate
  public SupervisionCompliance(
      @Reference SupervisionService supervision,
      @Reference DeliberationService deliberations,
      @Reference RecordReaders readers) {
    this.supervision = supervision;
    this.deliberations = deliberations;
    this.readers = readers;
  }

  @Override
  public String module() {
    return "supervision";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return Set.of();
  }

  @Override
  public Set<Clause> topicClauses() {
    return EnumSet.of(Clause.I1);
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    long meetingId = s.meeting.id;
    Map<Long, List<Task>> tasks = new HashMap<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Task> page = supervision.tasks(meetingId, null, null, offset, PAGE).items;
      page.forEach(t -> tasks.computeIfAbsent(t.topicId, k -> new ArrayList<>()).add(t));
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<Long, Deliberation> records = new HashMap<>();
    for (Deliberation d : deliberations.deliberations(meetingId)) {
      records.put(d.topicId, d);
    }
    List<ClauseCheck> out = new ArrayList<>();
    for (Long id : s.topicIds) {
      Deliberation d = records.get(id);
      out.add(
          SupervisionVerdicts.carriedOut(
              s,
              id,
              d == null ? null : d.decision,
              tasks.getOrDefault(id, List.of()),
              readers.restricted(meetingId, id)));
    }
    return out;
  }
}
