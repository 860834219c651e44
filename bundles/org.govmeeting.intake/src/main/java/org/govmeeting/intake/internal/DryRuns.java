package org.govmeeting.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.Findings;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.PolicyDiff;
import org.govmeeting.api.policy.PolicyDryRun;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.RuleOverride;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A policy that is installed, active or not, run over past topics without writing anything (the
 * district tries its new rules before it selects them). It lives in intake because a topic's facts
 * are read off its form here, as the active policy was told them at submission ({@link
 * PolicyFacts}); the real chain is the review's, asked through its service.
 */
@Component(service = PolicyDryRun.class)
public class DryRuns implements PolicyDryRun {
  /** The longest period one dry-run covers: a year and a day. */
  static final int MAX_DAYS = 366;

  /** Topics read at once by a dry-run. */
  static final int CHUNK = 200;

  private final JpaTemplate jpa;
  private final Directory directory;
  private final ReviewService review;
  private final org.govmeeting.api.meeting.MeetingService meetings;
  private final org.govmeeting.api.meeting.MeetingPlanner planner;
  private final org.govmeeting.api.attendance.AttendanceService attendance;
  private final org.govmeeting.api.policy.ActivePolicy active;
  private final Topics topics = new Topics(new FormJson());

  /** Every installed policy: they come and go as districts install them (swapped live). */
  private final List<Policy> policies = new CopyOnWriteArrayList<>();

  @Activate
  public DryRuns(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.intake)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.intake)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference ReviewService review,
      @Reference org.govmeeting.api.meeting.MeetingService meetings,
      @Reference org.govmeeting.api.meeting.MeetingPlanner planner,
      @Reference org.govmeeting.api.attendance.AttendanceService attendance,
      @Reference org.govmeeting.api.policy.ActivePolicy active) {
    this.jpa = jpa;
    this.directory = directory;
    this.review = review;
    this.meetings = meetings;
    this.planner = planner;
    this.attendance = attendance;
    this.active = active;
  }

  // rule: C1, M2 — the meeting itself under the policy tried: its quorum and its lead time
  @Override
  public org.govmeeting.api.policy.DryRunMeeting dryRunMeeting(
      String district, String version, long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    Policy policy = installed(district, version);
    org.govmeeting.api.meeting.Meeting meeting =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    return MeetingVerdicts.of(
        active.get(),
        policy,
        meetingId,
        meeting.scheduledAt,
        attendance.attendance(meetingId),
        planner.materials(meetingId),
        run(policy, ofMeeting(meetingId), null, null));
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addPolicy(Policy p) {
    policies.add(p);
  }

  void removePolicy(Policy p) {
    policies.remove(p);
  }

  @Override
  public List<DryRunTopic> dryRun(
      String district, String version, Long meetingId, List<Long> topicIds, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    Policy policy = installed(district, version);
    List<Long> ids = meetingId == null ? List.copyOf(topicIds) : ofMeeting(meetingId);
    return run(policy, ids, null, null);
  }

  // The period is the district's days, as the submission dates are read (its zone).
  @Override
  public List<DryRunTopic> dryRun(
      String district, String version, LocalDate from, LocalDate to, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new ValidationException(
          "to",
          "试运行期间须从早到晚，且不超过" + MAX_DAYS + "天",
          "the period runs from its first day to its last, " + MAX_DAYS + " days at most");
    }
    Policy policy = installed(district, version);
    // The topics with a submission in the period (the district's days), from the events' index;
    // each is then read as of its last submission, which must fall in the period too.
    Instant since = from.atStartOfDay(directory.zone()).toInstant();
    Instant until = to.plusDays(1).atStartOfDay(directory.zone()).toInstant();
    List<Long> submitted =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select distinct e.topicId from TopicEventRecord e where e.kind ="
                            + " 'SUBMITTED' and e.at >= :s and e.at < :u order by e.topicId",
                        Long.class)
                    .setParameter("s", java.sql.Timestamp.from(since))
                    .setParameter("u", java.sql.Timestamp.from(until))
                    .getResultList());
    return run(policy, submitted, from, to);
  }

  @Override
  public PolicyDiff diff(
      String aDistrict,
      String aVersion,
      String bDistrict,
      String bVersion,
      Long meetingId,
      Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    Policy a = installed(aDistrict, aVersion);
    Policy b = installed(bDistrict, bVersion);
    PolicyDiff d = PolicyDiffs.of(a, b);
    if (meetingId != null) {
      List<Long> ids = ofMeeting(meetingId);
      d.topics =
          ids.isEmpty()
              ? List.of()
              : jpa.txExpr(
                  TransactionType.Required,
                  em -> {
                    List<PolicyDiff.Case> cases = new ArrayList<>();
                    for (IntakeVerdicts.Subject t :
                        IntakeCompliance.subjects(em, topics, directory, ids, Instant.now())) {
                      PolicyDiff.Case c = PolicyDiffs.compare(a, b, facts(em, t));
                      if (c != null) {
                        c.topicId = t.id();
                        c.scenario = t.form().name;
                        cases.add(c);
                      }
                    }
                    return cases;
                  });
    }
    return d;
  }

  private Policy installed(String district, String version) {
    return policies.stream()
        .filter(p -> p.district().equals(district) && p.version().equals(version))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("审核政策", "policy", district + " " + version));
  }

  /**
   * The policy over the topics, {@link #CHUNK} at a time, each chunk read in one transaction of its
   * own (the call runs in none: {@code @WritesNothing}), so that what was read is let go before the
   * next: a year's topics run in bounded memory. With a period, only the topics whose last
   * submission falls in it.
   */
  private List<DryRunTopic> run(Policy policy, List<Long> ids, LocalDate from, LocalDate to) {
    List<DryRunTopic> out = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      List<Object[]> read =
          jpa.txExpr(
              TransactionType.Required,
              em -> {
                // Nothing is written: no query need flush the topics read before it.
                em.setFlushMode(javax.persistence.FlushModeType.COMMIT);
                List<Object[]> rows = new ArrayList<>();
                for (IntakeVerdicts.Subject t :
                    IntakeCompliance.subjects(em, topics, directory, chunk, now)) {
                  if (from != null
                      && (t.submittedOn().isBefore(from) || t.submittedOn().isAfter(to))) {
                    continue;
                  }
                  rows.add(new Object[] {t, facts(em, t)});
                }
                return rows;
              });
      java.util.Map<String, ReviewChain> chains = new java.util.HashMap<>();
      for (ReviewChain c : review.chainsOf(chunk)) {
        chains.put(c.topicId + "/" + c.topicVersion, c);
      }
      for (Object[] row : read) {
        IntakeVerdicts.Subject t = (IntakeVerdicts.Subject) row[0];
        ReviewChain actual = chains.get(t.id() + "/" + t.topic().version);
        DryRunTopic d = compare(policy, (TopicFacts) row[1], actual);
        d.title = t.form().name;
        out.add(d);
      }
    }
    return out;
  }

  /** The topic's facts as the policy was told them at submission, the mayor's lifts in force. */
  private static TopicFacts facts(javax.persistence.EntityManager em, IntakeVerdicts.Subject t) {
    Set<Clause> lifted = EnumSet.noneOf(Clause.class);
    for (RuleOverride o : t.topic().overrides) {
      if (o.inForce) {
        lifted.add(o.clause);
      }
    }
    return PolicyFacts.of(em.find(TopicRecord.class, t.id()), t.form(), lifted, t.submittedOn());
  }

  /** The topics bound to the meeting, oldest first. */
  private List<Long> ofMeeting(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em.createQuery(
                    "select t.id from TopicRecord t where t.meetingId = :m order by t.id",
                    Long.class)
                .setParameter("m", meetingId)
                .getResultList());
  }

  /** What the policy would have done with the topic, beside the real chain (null: none). */
  static DryRunTopic compare(Policy policy, TopicFacts facts, ReviewChain actual) {
    DryRunTopic d = new DryRunTopic();
    d.topicId = facts.topicId;
    // What the engine would refuse the submission on: not what the mayor lifted for the topic.
    d.blockedBy = Findings.blocking(policy, facts);
    d.chain = plan(policy, facts);
    if (actual != null) {
      d.actualPolicy = actual.policyDistrict + " " + actual.policyVersion;
      d.actualChain = actual.steps.stream().map(s -> key(s, facts)).sorted().toList();
    }
    d.added = d.chain.stream().filter(k -> !d.actualChain.contains(k)).toList();
    d.removed = d.actualChain.stream().filter(k -> !d.chain.contains(k)).toList();
    d.changed = !d.blockedBy.isEmpty() || !d.added.isEmpty() || !d.removed.isEmpty();
    return d;
  }

  /** The chain the policy builds for the facts, as sorted {@code stage:SIGNER/clause} keys. */
  static List<String> plan(Policy policy, TopicFacts facts) {
    List<ReviewStep> plan = policy.chain(facts);
    return plan == null
        ? List.of()
        : plan.stream().filter(Objects::nonNull).map(DryRuns::key).sorted().toList();
  }

  private static String key(ReviewStep s) {
    return s.stage
        + ":"
        + (s.signer == ReviewStep.Signer.ROLE ? s.role : s.signer)
        + "/"
        + (s.own != null ? s.own.id() : s.clause);
  }

  /** A real step read as the planned one it was built from: a named signer is one of the two. */
  private static String key(Step s, TopicFacts facts) {
    String signer =
        s.role != null
            ? s.role.name()
            : Objects.equals(s.signerId, facts.supervisorId)
                ? ReviewStep.Signer.SUPERVISOR.name()
                : ReviewStep.Signer.LEAD_UNIT_HEAD.name();
    return s.stage + ":" + signer + "/" + (s.own != null ? s.own.id() : s.clause);
  }
}
