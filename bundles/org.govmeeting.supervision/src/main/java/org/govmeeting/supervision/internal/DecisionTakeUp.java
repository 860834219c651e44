package org.govmeeting.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.supervision.Task;

/** A decision's requirements taken up as the tasks the Office supervises (I1). */
final class DecisionTakeUp {
  private final JpaTemplate jpa;
  private final DeliberationService deliberations;
  private final TaskReading reading;
  private final Clock clock;

  DecisionTakeUp(
      JpaTemplate jpa, DeliberationService deliberations, TaskReading reading, Clock clock) {
    this.jpa = jpa;
    this.deliberations = deliberations;
    this.reading = reading;
    this.clock = clock;
  }

  // rule: I1 — every requirement of a decision becomes a supervised task
  List<Task> takeUp(long meetingId, long topicId) {
    Deliberation d = deliberations.deliberation(meetingId, topicId);
    if (d.decision == null) {
      return List.of();
    }
    List<Requirement> reqs = d.decision.requirements;
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (int i = 0; i < reqs.size(); i++) {
            // Taken up again after a crash or a second delivery: what exists stays as it is.
            if (!TaskRepository.exists(em, meetingId, topicId, i)) {
              TaskRepository.add(em, meetingId, topicId, i, reqs.get(i), now);
            }
          }
        });
    return reading.tasks(meetingId, null, null, 0, TaskReading.MAX_PAGE).items.stream()
        .filter(t -> t.topicId == topicId)
        .collect(Collectors.toList());
  }
}
