package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.event.StepEvents;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A signer is told when their review step opens (F4–F8): a notice to the person the step names, or
 * to everyone holding its role, posted on as {@link Events#NOTICE_SENT} for a portal that pushes
 * notices. After the act commits, so a signature does not wait for the notices it causes; the
 * outbox delivers again after a crash, and a notice already stored is not stored twice.
 */
@Component(
    service = Subscriber.class,
    property = {
      Subscriber.TOPICS + "=" + Events.REVIEW_STEP_OPENED,
      Subscriber.DELIVERY + "=" + Subscriber.AFTER_COMMIT,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=meeting.step-notices"
    })
public class ReviewStepNotices implements Subscriber {
  private static final String SYSTEM = "system";

  private final JpaTemplate jpa;
  private final Directory directory;
  private final TopicService topics;
  private final Outbox outbox;
  private final Clock clock;

  @Activate
  public ReviewStepNotices(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.meeting)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.meeting)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference TopicService topics,
      @Reference Outbox outbox) {
    this(jpa, directory, topics, outbox, Clock.systemUTC());
  }

  ReviewStepNotices(
      JpaTemplate jpa, Directory directory, TopicService topics, Outbox outbox, Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.topics = topics;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void deliver(String topic, Map<String, String> payload) {
    StepEvents.Opened o = StepEvents.Opened.of(payload);
    List<TopicSummary> found = topics.summaries(List.of(o.topicId()));
    String name = found.isEmpty() ? "#" + o.topicId() : found.get(0).name;
    Set<String> to = new LinkedHashSet<>();
    if (o.signerId() != null) {
      to.add(o.signerId());
    } else if (o.role() != null) {
      for (Person p : directory.people(null, Role.valueOf(o.role()))) {
        to.add(p.id);
      }
    }
    String text =
        "议题《"
            + name
            + "》（第"
            + o.topicVersion()
            + "版）已送达您审核："
            + (o.label() == null ? "" : o.label())
            + (o.clause() == null ? "" : "（" + o.clause() + "）")
            + "。请在平台中审核并签署意见，或说明理由退回。";
    long meetingId = o.meetingId() == null ? 0 : o.meetingId();
    Instant now = clock.instant();
    List<Notice> sent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              List<Notice> out = new ArrayList<>();
              for (String r : to) {
                if (!NoticeRepository.sent(em, Notice.Kind.REVIEW_STEP, o.topicId(), r, text)) {
                  out.add(
                      NoticeRepository.add(
                          em,
                          Notice.Kind.REVIEW_STEP,
                          meetingId,
                          o.topicId(),
                          r,
                          text,
                          SYSTEM,
                          now));
                }
              }
              return out;
            });
    for (Notice n : sent) {
      Map<String, Object> e = new java.util.HashMap<>(Notification.sentEvent(n));
      outbox.publish((String) e.remove("event.topics"), e);
    }
  }
}
