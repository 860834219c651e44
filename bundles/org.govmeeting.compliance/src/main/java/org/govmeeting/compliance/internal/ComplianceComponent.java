package org.govmeeting.compliance.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceService;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compliance report as an OSGi component. Every module's part comes and goes with the module (a
 * dynamic, multiple reference): a module that stops leaves its clauses "not checked" and the report
 * standing. Only the meeting and who may read its papers are needed to answer at all.
 */
@Component(service = ComplianceService.class, configurationPid = ComplianceConfig.PID)
@Designate(ocd = ComplianceConfig.class)
public class ComplianceComponent implements ComplianceService {
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceComponent.class);

  /** They read every submitted topic already; a participant sees the approved list's only. */
  private static final Set<Role> OVERSEERS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT);

  private final MeetingService meetings;
  private final RecordReaders readers;
  private final Clock clock;

  private final List<ComplianceSource> sources = new CopyOnWriteArrayList<>();

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile TopicService topics;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile TopicListService lists;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile ActivePolicy policy;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Directory directory;

  /**
   * The modules a report expects, with the clauses each said it judges when last seen: while one is
   * down its clauses are still named as not checked. Only grows; a module's last word stands.
   */
  private final Map<String, Set<Clause>[]> known = new ConcurrentHashMap<>();

  private volatile List<String> expected = List.of();

  @Activate
  public ComplianceComponent(
      @Reference MeetingService meetings,
      @Reference RecordReaders readers,
      ComplianceConfig config) {
    this(meetings, readers, Clock.systemUTC());
    modified(config);
  }

  ComplianceComponent(MeetingService meetings, RecordReaders readers, Clock clock) {
    this.meetings = meetings;
    this.readers = readers;
    this.clock = clock;
  }

  @Modified
  void modified(ComplianceConfig config) {
    List<String> names = new ArrayList<>();
    for (String m : config.modules() == null ? new String[0] : config.modules()) {
      if (m != null && m.matches("[a-z][a-z0-9.-]*")) {
        names.add(m);
      } else {
        LOG.error("{}: ignoring the module name '{}' in modules", ComplianceConfig.PID, m);
      }
    }
    expected = List.copyOf(names);
  }

  @Reference(
      service = ComplianceSource.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      unbind = "unbindSource")
  void bindSource(ComplianceSource s) {
    sources.add(s);
    remember(s);
  }

  void unbindSource(ComplianceSource s) {
    sources.remove(s);
  }

  @SuppressWarnings("unchecked")
  private void remember(ComplianceSource s) {
    try {
      known.put(
          s.module(), new Set[] {Set.copyOf(s.meetingClauses()), Set.copyOf(s.topicClauses())});
    } catch (RuntimeException e) {
      LOG.warn("A compliance source would not say what it judges", e);
    }
  }

  // rule: K3 — the report is the meeting's papers: its participants, the Office, the
  // secretariat and the mayor read it; what was said on a restricted item stays with the
  // participants and the secretariat
  @Override
  public ComplianceReport report(long meetingId, Actor actor) {
    Meeting meeting =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    readers.requirePapersReader(meetingId, actor);
    List<ComplianceSource> asked = List.copyOf(sources);
    ComplianceScope scope = scope(meeting, asked, actor);
    String[] policyBefore = policyInForce();
    Map<String, SourceAnswer> answers = askAll(asked, scope);
    String[] policyAfter = policyInForce();
    // A district swapping its policy while the sources answer would leave a report that names one
    // policy and holds the other's clauses: it is asked again, against the policy now in force.
    for (int again = 0; again < 2 && !Arrays.equals(policyBefore, policyAfter); again++) {
      policyBefore = policyAfter;
      answers = askAll(asked, scope);
      policyAfter = policyInForce();
    }
    List<String> absent = new ArrayList<>(expected);
    known.keySet().stream().filter(m -> !absent.contains(m)).forEach(absent::add);
    for (String m : absent) {
      if (!answers.containsKey(m)) {
        Set<Clause>[] clauses = known.get(m);
        answers.put(
            m,
            SourceAnswer.absent(
                m,
                clauses == null ? Set.of() : clauses[0],
                clauses == null ? Set.of() : clauses[1]));
      }
    }
    ComplianceReport report =
        ReportAssembly.assemble(
            scope,
            summaries(scope.topicIds),
            new ArrayList<>(answers.values()),
            policyAfter[0],
            policyAfter[1]);
    names(report);
    boolean readsDeliberations =
        actor.has(Role.SECRETARIAT) || readers.participant(meetingId, actor);
    return readsDeliberations ? report : ReaderView.withhold(report);
  }

  private Map<String, SourceAnswer> askAll(List<ComplianceSource> asked, ComplianceScope scope) {
    Map<String, SourceAnswer> answers = new LinkedHashMap<>();
    for (ComplianceSource s : asked) {
      answers.put(s.module(), ask(s, scope));
    }
    return answers;
  }

  /** The district and version of the policy in force; nulls when there is none. */
  private String[] policyInForce() {
    ActivePolicy p = policy;
    try {
      if (p != null) {
        Policy active = p.get();
        return new String[] {active.district(), active.version()};
      }
    } catch (RuntimeException none) {
      // no policy in force: the report names none, and the policy's source says why
    }
    return new String[] {null, null};
  }

  /** Each person the evidence names, by the name the directory gives, looked up once. */
  private void names(ComplianceReport report) {
    Directory d = directory;
    if (d == null) {
      return;
    }
    Map<String, String> names = new HashMap<>();
    List<ClauseCheck> all = new ArrayList<>(report.meeting);
    report.topics.forEach(t -> all.addAll(t.checks));
    for (ClauseCheck c : all) {
      for (Evidence e : c.evidence) {
        if (e.personId != null && e.personName == null) {
          e.personName =
              names.computeIfAbsent(e.personId, id -> d.person(id).map(p -> p.name).orElse(null));
        }
      }
    }
  }

  private ComplianceScope scope(Meeting meeting, List<ComplianceSource> asked, Actor actor) {
    ComplianceScope scope = new ComplianceScope();
    scope.meeting = meeting;
    scope.phase = ReportAssembly.phase(meeting.status);
    scope.asOf = clock.instant();
    scope.listed = approved(meeting.id);
    List<List<Long>> known = new ArrayList<>();
    if (actor.hasAny(OVERSEERS)) {
      for (ComplianceSource s : asked) {
        try {
          known.add(s.topics(meeting));
        } catch (RuntimeException e) {
          LOG.warn("{} could not say which topics meeting {} has", s.module(), meeting.id, e);
        }
      }
    }
    scope.topicIds = ReportAssembly.union(scope.listed, known);
    return scope;
  }

  private List<Long> approved(long meetingId) {
    TopicListService l = lists;
    if (l == null) {
      return List.of();
    }
    try {
      return l.get(meetingId)
          .filter(x -> x.state == TopicList.State.APPROVED)
          .map(x -> List.copyOf(x.topicIds))
          .orElse(List.of());
    } catch (RuntimeException e) {
      LOG.warn("The topic list of meeting {} could not be read", meetingId, e);
      return List.of();
    }
  }

  private Map<Long, TopicSummary> summaries(List<Long> ids) {
    Map<Long, TopicSummary> out = new HashMap<>();
    TopicService t = topics;
    if (t == null || ids.isEmpty()) {
      return out;
    }
    try {
      t.summaries(ids).forEach(s -> out.put(s.id, s));
    } catch (RuntimeException e) {
      LOG.warn("Topic headlines could not be read", e);
    }
    return out;
  }

  private static SourceAnswer ask(ComplianceSource s, ComplianceScope scope) {
    Set<Clause> meeting = Set.of();
    Set<Clause> topic = Set.of();
    try {
      meeting = s.meetingClauses();
      topic = s.topicClauses();
      return SourceAnswer.answered(s.module(), meeting, topic, s.check(scope));
    } catch (RuntimeException e) {
      // A module's failure is its clauses' "not checked", never the report's failure.
      LOG.warn("{} could not judge meeting {}", s.module(), scope.meeting.id, e);
      return SourceAnswer.failed(s.module(), meeting, topic, e.getClass().getSimpleName());
    }
  }
}
