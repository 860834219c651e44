package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.ComplianceSource;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The minutes module's part of the compliance report: each item's report, positions and decision,
 * and the minutes with their archive ({@link MinutesVerdicts} judges them).
 */
@Component(service = ComplianceSource.class, configurationPid = DocumentsConfig.PID)
public class MinutesCompliance implements ComplianceSource {
  private static final Logger LOG = LoggerFactory.getLogger(MinutesCompliance.class);

  /** Reads the agenda on the record's behalf, as the readers' rule does ({@link Readers}). */
  private static final Actor RECORD =
      new Actor("govmeeting.minutes", "会议记录", Set.of(Role.SECRETARIAT));

  private final JpaTemplate jpa;
  private final DeliberationService deliberations;
  private final MeetingPlanner planner;
  private final java.util.function.Supplier<Duration> period;
  private final Directory directory;

  @Activate
  public MinutesCompliance(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.minutes)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.minutes)")
          SchemaReady schema,
      @Reference DeliberationService deliberations,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      DocumentsConfig documents) {
    this.jpa = jpa;
    this.deliberations = deliberations;
    this.planner = planner;
    // The period the Office set (M3), read as the minutes component reads it.
    Duration platform =
        Archiving.period(
            new Settings(DocumentsConfig.PID, DocumentsConfig.class, LOG::error),
            documents.archiveWithinDays());
    this.period = new ArchivePeriod(directory, () -> platform);
    this.directory = directory;
  }

  @Override
  public String module() {
    return "minutes";
  }

  @Override
  public Set<Clause> meetingClauses() {
    return EnumSet.of(Clause.M3);
  }

  @Override
  public Set<Clause> topicClauses() {
    return EnumSet.of(Clause.D1, Clause.D2, Clause.D3, Clause.I2);
  }

  @Override
  public List<ClauseCheck> check(ComplianceScope s) {
    long meetingId = s.meeting.id;
    Set<Long> onAgenda = new HashSet<>();
    Set<Long> confidential = new HashSet<>();
    for (AgendaItem i : planner.agenda(meetingId, RECORD).items) {
      if (i.topicId != null) {
        onAgenda.add(i.topicId);
        if (i.confidential) {
          confidential.add(i.topicId);
        }
      }
    }
    Map<Long, Deliberation> records = new HashMap<>();
    for (Deliberation d : deliberations.deliberations(meetingId)) {
      records.put(d.topicId, d);
    }
    List<ClauseCheck> out = new ArrayList<>();
    for (Long id : s.topicIds) {
      Deliberation d = records.get(id);
      boolean decided = d != null && d.decision != null;
      // K3: what the item says stays with the participants while undecided, deferred or
      // confidential (as RecordReaders.restricted answers)
      boolean restricted =
          !decided || d.decision.outcome == Decision.Outcome.DEFERRED || confidential.contains(id);
      MinutesVerdicts.Item item =
          new MinutesVerdicts.Item(id, onAgenda.contains(id), restricted, d);
      out.add(MinutesVerdicts.report(s, item));
      out.add(MinutesVerdicts.positions(s, item));
      out.add(MinutesVerdicts.decision(s, item));
      out.add(MinutesVerdicts.unchanged(s, item));
    }
    out.add(minutes(s));
    return out;
  }

  private ClauseCheck minutes(ComplianceScope s) {
    long meetingId = s.meeting.id;
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<MinutesRecord> found =
              em.createQuery(
                      "select m from MinutesRecord m where m.meetingId = :m", MinutesRecord.class)
                  .setParameter("m", meetingId)
                  .getResultList();
          Minutes m =
              found.isEmpty() ? null : MinutesRepository.toMinutes(em, found.get(0), e -> true);
          List<Object[]> archive =
              em.createQuery(
                      "select a.createdBy, a.createdAt, a.sha256, a.firstCreatedAt, a.dueBy,"
                          + " a.edition, a.materialFiles, a.recordings from ArchiveRecord a"
                          + " where a.meetingId = :m",
                      Object[].class)
                  .setParameter("m", meetingId)
                  .getResultList();
          Evidence archived = null;
          Instant first = null;
          Instant due = m == null || m.signedAt == null ? null : m.signedAt.plus(period.get());
          if (!archive.isEmpty()) {
            Object[] a = archive.get(0);
            first = ((Timestamp) (a[3] == null ? a[1] : a[3])).toInstant();
            // The period as it stood when the archive was gathered; none for earlier builds'.
            due = a[3] == null ? null : ((Timestamp) a[4]).toInstant();
            int files = a[6] == null ? 0 : (Integer) a[6];
            int recordings = a[7] == null ? 0 : (Integer) a[7];
            archived =
                Evidence.of(
                    Evidence.Kind.MINUTES,
                    "归档（第"
                        + (a[5] == null ? 1 : a[5])
                        + "版，材料文件"
                        + files
                        + "个，录音录像"
                        + recordings
                        + "项，SHA-256 "
                        + a[2]
                        + "）",
                    "archived (edition "
                        + (a[5] == null ? 1 : a[5])
                        + ", "
                        + files
                        + " material files, "
                        + recordings
                        + " recordings, SHA-256 "
                        + a[2]
                        + ")",
                    (String) a[0],
                    first,
                    "/api/archives/" + meetingId);
          }
          MinutesVerdicts.Filing filing =
              m == null || m.state != Minutes.State.ISSUED
                  ? null
                  : new MinutesVerdicts.Filing(due, first, s.asOf, directory.zone());
          return MinutesVerdicts.minutes(s, m, archived, filing);
        });
  }
}
