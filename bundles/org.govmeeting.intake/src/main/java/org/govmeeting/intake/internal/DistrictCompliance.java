package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.RuleOverride;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The district policy's own clauses in the compliance report ({@link Policy#comply}). It lives in
 * intake because intake is where a topic's facts are read off its form ({@link PolicyFacts}), as
 * the policy was told them at submission; the chain is the review's, asked through its service.
 */
@Component(service = ComplianceSource.class)
public class DistrictCompliance implements ComplianceSource {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final ActivePolicy policy;
  private final ReviewService review;
  private final Topics topics = new Topics(new FormJson());

  @Activate
  public DistrictCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.intake)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.intake)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference ActivePolicy policy,
      @Reference ReviewService review) {
    this.jpa = jpa;
    this.directory = directory;
    this.policy = policy;
    this.review = review;
  }

  @Override
  public String module() {
    return "policy";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return Set.of();
  }

  /** None of the regulation's: the district's clauses have IDs of their own. */
  @Override
  public Set<Clause> topicClauses() {
    return Set.of();
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    Policy p = policy.get();
    String source = "policy " + p.district() + " " + p.version();
    List<ClauseCheck> out = new ArrayList<>();
    for (IntakeVerdicts.Subject t :
        IntakeCompliance.subjects(jpa, topics, directory, s.topicIds, s.asOf)) {
      Set<Clause> lifted = EnumSet.noneOf(Clause.class);
      for (RuleOverride o : t.topic().overrides) {
        if (o.inForce) {
          lifted.add(o.clause);
        }
      }
      TopicFacts facts =
          jpa.txExpr(
              TransactionType.Required,
              em ->
                  PolicyFacts.of(
                      em.find(TopicRecord.class, t.id()), t.form(), lifted, t.submittedOn()));
      ReviewChain chain = review.chain(t.id(), t.topic().version).orElse(null);
      for (ClauseCheck c : p.comply(facts, chain)) {
        c.topicId = t.id();
        c.district = true;
        c.source = source;
        out.add(c);
      }
    }
    return out;
  }
}
