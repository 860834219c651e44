package org.govmeeting.intake.internal;

import java.time.Clock;
import java.util.Map;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Topic intake as an OSGi component; it follows the review engine's outcomes through events. */
@Component(
    service = {TopicService.class, Subscriber.class},
    configurationPid = IntakeConfig.PID,
    property = {
      Subscriber.TOPICS + "=" + Events.REVIEW_CHANGED,
      // In the act: the topic's status moves with its chain, in the same transaction.
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
        new ActCompletion(transactions),
        directory,
        review,
        Clock.systemUTC(),
        new Settings(IntakeConfig.PID, LOG::error)
            .atLeast("maxFileBytes", config.maxFileBytes(), 1L, 20L * 1024 * 1024));
    Thread t = new Thread(this::reconcileQuietly, "govmeeting-intake-reconcile");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The minutes module depends on this component, so its service is fetched only when a revision is
   * checked, never while binding: fetching it here would make activation circular.
   */
  @Reference(
      service = DeliberationService.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindDeliberations(ComponentServiceObjects<DeliberationService> d) {
    current = d;
    decided =
        (m, t) -> {
          DeliberationService service = d.getService();
          try {
            // The meeting's list, not the one item: an item that is not there is a plain "no"
            // here, where a NotFoundException would mark the act's transaction for rollback.
            return service.deliberations(m).stream()
                .anyMatch(item -> item.topicId == t && item.decision != null);
          } finally {
            d.ungetService(service);
          }
        };
  }

  void unbindDeliberations(ComponentServiceObjects<DeliberationService> d) {
    // Keep a replacement that was bound before this unbind arrived.
    if (current == d) {
      current = null;
      decided = (m, t) -> null;
    }
  }

  private volatile ComponentServiceObjects<DeliberationService> current;

  private void reconcileQuietly() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.warn("Could not bring topic statuses in line with their review chains", e);
    }
  }

  @Override
  public void deliver(String topic, Map<String, String> event) {
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
