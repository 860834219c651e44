package org.govmeeting.minutes.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.document.DocumentService;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.ArchiveDue;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.ChainReport;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.MinutesSummary;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.minutes.internal.print.HouseStyle;

/**
 * The meeting's record and its minutes, free of OSGi: the services other modules see, each call
 * handed to the part that owns it (record, minutes, errata, chain, archive, readers).
 */
class MinutesFacade implements DeliberationService, MinutesService, RecordReaders, DocumentService {
  private final JpaTemplate jpa;
  private final Readers readers;
  private final Deliberating record;
  private final MinutesDesk minutes;
  private final ErrataDesk errata;
  private final Chain chain;
  private final Archiving archiving;
  private final Recordings recordings;
  private final DecisionAnnouncement announcement;
  private final Printing printing;

  MinutesFacade(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      AttendanceService attendance,
      Directory directory,
      TopicService topics,
      ReviewService reviews,
      ChainKey key,
      Consumer<Map<String, Object>> announce,
      Supplier<HouseStyle> style,
      Supplier<Duration> archivePeriod,
      Clock clock) {
    this.jpa = jpa;
    this.readers = new Readers(jpa, attendance, planner);
    this.record =
        new Deliberating(
            jpa, meetings, planner, attendance, directory, topics, readers, announce, clock);
    this.chain = new Chain(key);
    Supplier<HouseStyle> ownStyle = new DistrictStyle(style, directory);
    this.minutes =
        new MinutesDesk(
            jpa,
            meetings,
            attendance,
            directory,
            topics,
            record,
            readers,
            new MinutesText(directory, planner),
            chain,
            () -> ownStyle.get() == null ? "前进区" : ownStyle.get().district(),
            clock);
    this.errata = new ErrataDesk(jpa, directory, minutes, chain, clock);
    this.printing =
        new Printing(
            minutes,
            meetings,
            planner,
            topics,
            new TopicForms(reviews, directory),
            directory,
            ownStyle,
            clock);
    this.archiving =
        new Archiving(
            jpa,
            planner,
            attendance,
            record,
            minutes,
            printing,
            chain,
            topics,
            archivePeriod,
            clock);
    this.recordings = new Recordings(jpa, meetings, clock);
    this.announcement = new DecisionAnnouncement(jpa, announce);
  }

  /** Announces once the decisions an earlier build took; see {@link DecisionAnnouncement}. */
  int announceBacklog() {
    return announcement.announceBacklog();
  }

  // ---- the record of the meeting ----

  @Override
  public Deliberation recordReport(long meetingId, long topicId, Report report, Actor actor) {
    return record.recordReport(meetingId, topicId, report, actor);
  }

  @Override
  public Deliberation recordPosition(long meetingId, long topicId, Position p, Actor actor) {
    return record.recordPosition(meetingId, topicId, p, actor);
  }

  @Override
  public Deliberation decide(long meetingId, long topicId, Decision d, Actor actor) {
    return record.decide(meetingId, topicId, d, actor);
  }

  @Override
  public void entrustChair(long meetingId, String personId, Actor actor) {
    record.entrustChair(meetingId, personId, actor);
  }

  @Override
  public Deliberation deliberation(long meetingId, long topicId) {
    return record.deliberation(meetingId, topicId);
  }

  @Override
  public List<Deliberation> deliberations(long meetingId) {
    return record.deliberations(meetingId);
  }

  @Override
  public Deliberation deliberation(long meetingId, long topicId, Actor actor) {
    return record.deliberation(meetingId, topicId, actor);
  }

  @Override
  public List<Deliberation> deliberations(long meetingId, Actor actor) {
    return record.deliberations(meetingId, actor);
  }

  // ---- who reads ----

  @Override
  public boolean participant(long meetingId, Actor actor) {
    return readers.participant(meetingId, actor);
  }

  @Override
  public boolean restricted(long meetingId, long topicId) {
    return readers.restricted(meetingId, topicId);
  }

  @Override
  public void requirePapersReader(long meetingId, Actor actor) {
    readers.requirePapersReader(meetingId, actor);
  }

  // ---- the minutes ----

  @Override
  public Minutes draft(long meetingId, Actor actor) {
    return minutes.draft(meetingId, actor);
  }

  @Override
  public Minutes edit(long minutesId, String text, Long expectedRevision, Actor actor) {
    return minutes.edit(minutesId, text, expectedRevision, actor);
  }

  @Override
  public Minutes askOpinions(long minutesId, Actor actor) {
    return minutes.askOpinions(minutesId, actor);
  }

  @Override
  public Minutes giveOpinion(long minutesId, boolean agree, String comments, Actor actor) {
    return minutes.giveOpinion(minutesId, agree, comments, actor);
  }

  @Override
  public Minutes legalReview(long minutesId, boolean approve, String reasons, Actor actor) {
    return minutes.legalReview(minutesId, approve, reasons, actor);
  }

  @Override
  public Minutes sign(long minutesId, Actor actor) {
    return minutes.sign(minutesId, actor);
  }

  @Override
  public Minutes issue(long minutesId, List<String> unitIds, List<String> personIds, Actor actor) {
    return minutes.issue(minutesId, unitIds, personIds, actor);
  }

  @Override
  public Minutes read(long minutesId, Actor actor) {
    return minutes.read(minutesId, actor);
  }

  @Override
  public List<MinutesSummary> list(Long meetingId, Actor actor) {
    return minutes.list(meetingId, actor);
  }

  @Override
  public byte[] pdf(long minutesId, Actor actor) {
    return printing.minutes(minutesId, actor);
  }

  // ---- printed documents ----

  @Override
  public byte[] minutes(long minutesId, Actor actor) {
    return printing.minutes(minutesId, actor);
  }

  @Override
  public byte[] agenda(long meetingId, Actor actor) {
    return printing.agenda(meetingId, actor);
  }

  @Override
  public byte[] topicForm(long topicId, Actor actor) {
    return printing.topicForm(topicId, actor);
  }

  @Override
  public byte[] compliance(org.govmeeting.api.compliance.ComplianceReport report) {
    return printing.compliance(report);
  }

  @Override
  public byte[] policyDiff(org.govmeeting.api.policy.PolicyDiff diff) {
    return printing.policyDiff(diff);
  }

  // ---- errata ----

  @Override
  public Minutes draftErratum(long minutesId, String passage, String text, Actor actor) {
    return errata.draft(minutesId, passage, text, actor);
  }

  @Override
  public Minutes askErratumOpinions(long minutesId, long erratumId, Actor actor) {
    return errata.askOpinions(minutesId, erratumId, actor);
  }

  @Override
  public Minutes giveErratumOpinion(
      long minutesId, long erratumId, boolean agree, String comments, Actor actor) {
    return errata.giveOpinion(minutesId, erratumId, agree, comments, actor);
  }

  @Override
  public Minutes erratumLegalReview(
      long minutesId, long erratumId, boolean approve, String reasons, Actor actor) {
    return errata.legalReview(minutesId, erratumId, approve, reasons, actor);
  }

  @Override
  public Minutes signErratum(long minutesId, long erratumId, Actor actor) {
    return errata.sign(minutesId, erratumId, actor);
  }

  // ---- the chain ----

  @Override
  public ChainReport verify() {
    return jpa.txExpr(TransactionType.Required, chain::verify);
  }

  @Override
  public List<ChainLink> chain() {
    return jpa.txExpr(TransactionType.Required, chain::links);
  }

  @Override
  public String chainCertificate() {
    return chain.key().certificatePem();
  }

  // ---- the archive ----

  @Override
  public Archive archive(long meetingId, Actor actor) {
    return archiving.archive(meetingId, actor);
  }

  @Override
  public List<Archive> archives(Actor actor) {
    return archiving.archives(actor);
  }

  @Override
  public Archive describeArchive(long meetingId, Actor actor) {
    return archiving.describe(meetingId, actor);
  }

  @Override
  public long writeArchive(long meetingId, Actor actor, java.io.OutputStream out)
      throws java.io.IOException {
    return archiving.write(meetingId, actor, out);
  }

  @Override
  public List<ArchiveDue> archivesDue(Actor actor) {
    return archiving.due(actor);
  }

  @Override
  public RecordingReference addRecording(
      long meetingId, RecordingReference recording, Actor actor) {
    return recordings.add(meetingId, recording, actor);
  }

  @Override
  public List<RecordingReference> recordings(long meetingId, Actor actor) {
    return recordings.list(meetingId, actor);
  }
}
