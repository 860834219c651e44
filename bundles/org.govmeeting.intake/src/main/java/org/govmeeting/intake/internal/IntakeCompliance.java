package org.govmeeting.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Intake's part of the compliance report: each topic's form, materials, consultations and the
 * mayor's exceptions as recorded ({@link IntakeVerdicts} judges them). It reads its own tables
 * whole, for the platform: the report decides who may read it (K3).
 */
@Component(service = ComplianceSource.class)
public class IntakeCompliance implements ComplianceSource {
  static final Set<Clause> TOPIC =
      EnumSet.of(
          Clause.T2, Clause.T3, Clause.T4, Clause.T5, Clause.T6, Clause.T7, Clause.T8, Clause.T9,
          Clause.S1, Clause.S3, Clause.S4, Clause.S6, Clause.S8, Clause.P1, Clause.P2, Clause.P3,
          Clause.F1, Clause.F2, Clause.F3, Clause.F9, Clause.I2);

  private final JpaTemplate jpa;
  private final Directory directory;
  private final Topics topics = new Topics(new FormJson());

  @Activate
  public IntakeCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.intake)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.intake)")
          SchemaReady schema,
      @Reference Directory directory) {
    this.jpa = jpa;
    this.directory = directory;
  }

  @Override
  public String module() {
    return "intake";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return Set.of();
  }

  @Override
  public Set<Clause> topicClauses() {
    return TOPIC;
  }

  /** The topics whose chain bound them to the meeting (S9); the list's are the review's. */
  @Override
  public List<Long> topics(Meeting meeting) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em.createQuery(
                    "select t.id from TopicRecord t where t.meetingId = :m order by t.id",
                    Long.class)
                .setParameter("m", meeting.id)
                .getResultList());
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    List<ClauseCheck> out = new ArrayList<>();
    for (IntakeVerdicts.Subject t : subjects(jpa, topics, directory, s.topicIds, s.asOf)) {
      out.addAll(IntakeVerdicts.category(t));
      out.addAll(IntakeVerdicts.formFields(s, t, this::name));
      out.add(SubmittingVerdicts.raisedBy(s, t));
      out.add(SubmittingVerdicts.consulted(s, t));
      out.add(SubmittingVerdicts.publicConsultation(s, t));
      out.add(SubmittingVerdicts.preReported(s, t));
      out.add(SubmittingVerdicts.settled(t));
      out.add(IntakeVerdicts.materials(s, t));
      out.add(IntakeVerdicts.interpretation(s, t));
      out.add(IntakeVerdicts.explanation(s, t));
      out.add(IntakeVerdicts.revises(t));
    }
    return out;
  }

  /**
   * The topics with their history, the day each was last submitted (for a draft, the day asked
   * about: whether it would pass if submitted now) and who raised it.
   */
  static List<IntakeVerdicts.Subject> subjects(
      JpaTemplate jpa, Topics topics, Directory directory, List<Long> ids, Instant asOf) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jpa.txExpr(TransactionType.Required, em -> subjects(em, topics, directory, ids, asOf));
  }

  /** The same in the caller's transaction; each author's unit read once, however many topics. */
  static List<IntakeVerdicts.Subject> subjects(
      javax.persistence.EntityManager em,
      Topics topics,
      Directory directory,
      List<Long> ids,
      Instant asOf) {
    List<IntakeVerdicts.Subject> out = new ArrayList<>();
    java.time.ZoneId zone = directory.zone();
    java.util.Map<String, String> units = new java.util.HashMap<>();
    java.util.Map<Long, List<TopicEvent>> history = topics.events(em, ids);
    for (Topic t : topics.read(em, ids)) {
      List<TopicEvent> events = history.getOrDefault(t.id, List.of());
      LocalDate submitted = PublicConsultations.day(asOf, zone);
      for (TopicEvent e : events) {
        if ("SUBMITTED".equals(e.kind)) {
          submitted = PublicConsultations.day(e.at, zone);
        }
      }
      String unit =
          units.computeIfAbsent(
              t.createdBy, by -> directory.person(by).map(p -> p.unitId).orElse(null));
      out.add(new IntakeVerdicts.Subject(t, events, submitted, unit));
    }
    return out;
  }

  private String name(String id) {
    return id == null ? null : directory.person(id).map(p -> p.name).orElse(id);
  }
}
