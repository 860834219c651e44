package org.govmeeting.review.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of {@link ReviewMXBean}, counted in the database when asked. */
@Component(
    service = ReviewMXBean.class,
    // Registered as an MBean by Karaf's JMX whiteboard (feature management).
    property = "jmx.objectname=org.govmeeting:type=Review")
public class ReviewFigures implements ReviewMXBean {
  private final JpaTemplate jpa;
  private final ReviewService reviews;

  @Activate
  public ReviewFigures(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.review)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.review)")
          SchemaReady schema,
      @Reference ReviewService reviews) {
    this.jpa = jpa;
    this.reviews = reviews;
  }

  @Override
  public long getOpenChains() {
    return count(ChainState.IN_REVIEW);
  }

  @Override
  public long getReturnedChains() {
    return count(ChainState.RETURNED);
  }

  private long count(ChainState state) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em.createQuery("select count(c) from ChainRecord c where c.state = :s", Long.class)
                .setParameter("s", state)
                .getSingleResult());
  }

  @Override
  public String getActiveDistrict() {
    return active().map(p -> p.district).orElse("");
  }

  @Override
  public String getActivePolicyVersion() {
    return active().map(p -> p.version).orElse("");
  }

  private java.util.Optional<PolicyInfo> active() {
    return reviews.policies().stream().filter(p -> p.active).findFirst();
  }
}
