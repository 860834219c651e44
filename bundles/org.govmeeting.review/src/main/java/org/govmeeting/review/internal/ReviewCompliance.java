package org.govmeeting.review.internal;

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
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The review's part of the compliance report: the topic list, and for each topic the signatures of
 * its current chain and when it reached the Office ({@link ReviewVerdicts} judges them).
 */
@Component(service = ComplianceSource.class)
public class ReviewCompliance implements ComplianceSource {
  private static final Set<Clause> TOPIC =
      EnumSet.of(
          Clause.S4, Clause.S5, Clause.S9, Clause.F4, Clause.F5, Clause.F6, Clause.F7, Clause.F8);

  private final JpaTemplate jpa;
  private final ReviewService review;
  private final TopicListService lists;
  private final Directory directory;

  @Activate
  public ReviewCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.review)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.review)")
          SchemaReady schema,
      @Reference ReviewService review,
      @Reference TopicListService lists,
      @Reference Directory directory) {
    this.jpa = jpa;
    this.review = review;
    this.lists = lists;
    this.directory = directory;
  }

  @Override
  public String module() {
    return "review";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return EnumSet.of(Clause.S1);
  }

  @Override
  public Set<Clause> topicClauses() {
    return TOPIC;
  }

  /** The list (draft or approved) and every topic whose chain asks for or is bound to it. */
  @Override
  public List<Long> topics(Meeting meeting) {
    List<Long> out = new ArrayList<>();
    lists.get(meeting.id).ifPresent(l -> out.addAll(l.topicIds));
    out.addAll(
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select distinct c.topicId from ChainRecord c where c.meetingId = :m"
                            + " or c.requestedMeetingId = :m",
                        Long.class)
                    .setParameter("m", meeting.id)
                    .getResultList()));
    return out;
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    List<ClauseCheck> out = new ArrayList<>();
    TopicList list = lists.get(s.meeting.id).orElse(null);
    boolean byMayor =
        list != null
            && list.approvedBy != null
            && directory
                .person(list.approvedBy)
                .map(p -> p.roles != null && p.roles.contains(Role.MAYOR))
                .orElse(false);
    out.add(ReviewVerdicts.topicList(s, list, byMayor));
    for (Long id : s.topicIds) {
      List<ReviewChain> chains = review.chains(id);
      ReviewChain current = chains.isEmpty() ? null : chains.get(chains.size() - 1);
      out.addAll(ReviewVerdicts.signatures(s, id, current));
      out.add(ReviewVerdicts.fiscal(s, id, current));
      out.add(ReviewVerdicts.legality(s, id, current));
      out.add(ReviewVerdicts.onTime(s, id, current));
    }
    return out;
  }
}
