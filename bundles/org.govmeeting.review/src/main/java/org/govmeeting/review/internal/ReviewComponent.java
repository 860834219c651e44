package org.govmeeting.review.internal;

import java.time.Clock;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.TopicListService;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review engine as an OSGi component. Policies come and go dynamically: installing, updating or
 * removing a policy bundle, or selecting another district in {@code etc/}, changes what the next
 * submission gets without restarting this component or failing a request.
 */
@Component(
    service = {
      ReviewService.class,
      TopicListService.class,
      ActivePolicy.class,
      MetaTypeProvider.class
    },
    configurationPid = ReviewConfig.PID,
    // The setting's metatype, served by this component: its choices are the installed districts.
    property = MetaTypeProvider.METATYPE_PID + "=" + ReviewConfig.PID)
public class ReviewComponent extends ReviewEngine implements ActivePolicy, MetaTypeProvider {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewComponent.class);

  private final Policies policies;
  private final DistrictChoices choices;

  @Activate
  public ReviewComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.review)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.review)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference MeetingService meetings,
      @Reference Outbox outbox,
      ReviewConfig config) {
    this(jpa, directory, meetings, outbox, new Policies(district(config)));
  }

  private ReviewComponent(
      JpaTemplate jpa,
      Directory directory,
      MeetingService meetings,
      Outbox outbox,
      Policies policies) {
    super(jpa, directory, meetings, policies, e -> post(outbox, e), Clock.systemUTC());
    this.policies = policies;
    this.choices = new DistrictChoices(policies::districts, policies::selected);
  }

  /**
   * Through the outbox, in the act: intake's topic status and the planner follow the chain in the
   * same transaction, so they have caught up (or the act failed) before the request answers.
   */
  private static void post(Outbox outbox, Map<String, Object> properties) {
    Map<String, Object> p = new java.util.HashMap<>(properties);
    String topic = (String) p.remove("event.topics");
    outbox.publish(topic, p);
  }

  @Override
  public Policy get() {
    return policies.active().policy;
  }

  /**
   * Another district takes effect at once if its policy is installed; one without a policy is
   * refused and the district active until now stays (the settings guard refuses it first, against
   * {@link DistrictChoices}; this holds where the guard is not installed).
   */
  @Modified
  void modified(ReviewConfig config) {
    String now = policies.selected();
    String refusal = policies.selectInstalled(district(config));
    if (refusal != null) {
      LOG.error("{}: {}", ReviewConfig.PID, refusal);
    } else if (!now.equals(policies.selected())) {
      LOG.info("active district: {} (was {})", policies.selected(), now);
    }
  }

  /**
   * The configured district. At start-up it is taken as configured even when its policy is not
   * there yet (policy bundles start in any order); readiness reports a district without policy.
   */
  private static String district(ReviewConfig config) {
    return new Settings(ReviewConfig.PID, ReviewConfig.class, LOG::error)
        .check(
            "activeDistrict",
            config.activeDistrict(),
            d -> d.matches("[a-z][a-z0-9-]*"),
            "must be a lower-case district name such as qianjin");
  }

  @Override
  public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
    return choices.getObjectClassDefinition(id, locale);
  }

  @Override
  public String[] getLocales() {
    return choices.getLocales();
  }

  @Reference(
      service = Policy.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindPolicy(ServiceReference<Policy> ref, Policy policy, Map<String, Object> properties) {
    Map<String, Object> props = new java.util.HashMap<>(properties);
    props.put(
        "govmeeting.bundle",
        ref.getBundle().getSymbolicName() + " " + ref.getBundle().getVersion());
    policies.add(properties.get("service.id"), policy, props);
  }

  void unbindPolicy(Map<String, Object> properties) {
    policies.remove(properties.get("service.id"));
  }
}
