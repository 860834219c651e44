package org.govmeeting.intake.internal;

import java.time.Clock;
import java.util.Map;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Topic intake as an OSGi component; it follows the review engine's outcomes and the meeting's
 * decisions through the outbox, in the act that makes them.
 */
@Component(
    service = {TopicService.class, Subscriber.class},
    configurationPid = IntakeConfig.PID,
    property = {
      Subscriber.TOPICS + "=" + Events.REVIEW_CHANGED,
      Subscriber.TOPICS + "=" + Events.DECIDED,
      // In the act: the topic's status moves with its chain, and intake's record of a decision
      // (which a revision names, I2) is written with the decision, in the same transaction.
      Subscriber.DELIVERY + "=" + Subscriber.IN_ACT,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=intake.status"
    })
@Designate(ocd = IntakeConfig.class)
public class IntakeComponent extends TopicIntake implements Subscriber {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeComponent.class);

  @Activate
  public IntakeComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.intake)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.intake)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference ReviewService review,
      @Reference TransactionSynchronizationRegistry transactions,
      IntakeConfig config) {
    super(
        jpa,
        () -> transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION,
        directory,
        review,
        Clock.systemUTC(),
        config.maxFileBytes());
    Thread t = new Thread(this::reconcileQuietly, "govmeeting-intake-reconcile");
    t.setDaemon(true);
    t.start();
  }

  private void reconcileQuietly() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.warn("Could not bring topic statuses in line with their review chains", e);
    }
  }

  @Override
  public void deliver(String topic, Map<String, String> event) {
    if (Events.DECIDED.equals(topic)) {
      decided(
          Long.parseLong(event.get(Events.MEETING_ID)),
          Long.parseLong(event.get(Events.TOPIC_ID)),
          event.get(Events.STATE));
      return;
    }
    String meeting = event.get(Events.MEETING_ID);
    reviewChanged(
        Long.parseLong(event.get(Events.TOPIC_ID)),
        Integer.parseInt(event.get(Events.VERSION)),
        ChainState.valueOf(event.get(Events.STATE)),
        meeting == null ? null : Long.valueOf(meeting),
        event.get(Events.NOTE),
        event.get(Events.ACTOR_ID));
  }
}
