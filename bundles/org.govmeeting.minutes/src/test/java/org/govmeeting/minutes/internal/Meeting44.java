package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.govmeeting.minutes.internal.print.HouseStyle;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;

/**
 * The 44th meeting on real persistence and stubbed neighbours: two members present, item 1 open,
 * item 2 confidential, both on the agenda; the record and the minutes through the real facade.
 */
final class Meeting44 implements AutoCloseable {
  /** What attendance answers for the meeting's quorum (C1); a test may take it away. */
  boolean quorate = true;

  /** Each topic's material files, with their bytes; a test adds them. */
  final Map<Long, List<Map.Entry<MaterialFile, byte[]>>> files = new java.util.HashMap<>();

  /** The period the Office set for the archive (M3); a test may change it. */
  java.time.Duration archivePeriod = java.time.Duration.ofDays(30);

  static final Instant NOW = Instant.parse("2027-03-01T01:00:00Z");
  static final Actor MAYOR = actor("li.jianguo", "LEADERSHIP", Role.MAYOR);
  static final Actor EVM = actor("wang.hong", "LEADERSHIP", Role.VICE_MAYOR);
  static final Actor SECRETARY = actor("yang.xue", "SECRETARIAT", Role.SECRETARIAT);
  static final Actor OFFICE = actor("liu.yang", "OFFICE", Role.OFFICE_STAFF);
  static final Actor JUSTICE = actor("xu.li", "JUSTICE", Role.JUSTICE_HEAD);
  static final Actor SUBDISTRICT = actor("su.ming", "GANGWAN", Role.SUBDISTRICT_HEAD);
  static final Actor CLERK = actor("xie.yu", "EDUCATION", Role.DEPARTMENT_STAFF);

  final LocalJpaTemplate jpa = new LocalJpaTemplate("govmeeting.minutes");
  final MovableClock clock = new MovableClock(NOW);
  final Path keystore;
  final MinutesFacade desk;
  final Meeting meeting = new Meeting();
  final List<String> leadUnits = new ArrayList<>();

  /** What the record published through the outbox, each with its topic under event.topics. */
  final List<Map<String, Object>> events = new ArrayList<>();

  static final HouseStyle STYLE =
      new HouseStyle(
          "前进区",
          "前进区人民政府办公室",
          "uming.ttc#UMingCN",
          "NotoSansSC-Regular.ttf",
          "uming.ttc#UMingCN",
          w -> {});

  Meeting44() throws Exception {
    keystore = Files.createTempDirectory("chain").resolve("govmeeting-chain.p12");
    meeting.id = 44;
    meeting.number = 44;
    meeting.status = Meeting.Status.IN_SESSION;
    meeting.scheduledAt = NOW;
    meeting.venue = "区政府三楼常务会议室";
    meeting.convenedBy = "li.jianguo";
    desk =
        new MinutesFacade(
            jpa,
            only(MeetingService.class, Map.of("get", a -> Optional.of(meeting))),
            only(
                MeetingPlanner.class,
                Map.of(
                    "agenda", a -> agenda(), "lawStudy", a -> null, "materials", a -> materials())),
            only(
                AttendanceService.class,
                Map.of(
                    "attendance", a -> attendance(),
                    "requests", a -> List.of(),
                    "discipline", a -> List.of(),
                    "recordingRequests", a -> List.of(),
                    "quorate", a -> quorate)),
            only(
                Directory.class,
                Map.of(
                    "person", a -> person((String) a[0]),
                    "unit", a -> unit((String) a[0]),
                    "zone", a -> java.time.ZoneId.of("Asia/Shanghai"))),
            only(
                TopicService.class,
                Map.of(
                    "get",
                    a -> Optional.of(topic((Long) a[0])),
                    "writeFile",
                    a -> writeFile((Long) a[0], (Long) a[1], (java.io.OutputStream) a[3]),
                    "revisionsOf",
                    a -> List.of(),
                    "summaries",
                    a ->
                        leadUnits.stream()
                            .map(
                                u -> {
                                  TopicSummary t = new TopicSummary();
                                  t.leadUnitId = u;
                                  return t;
                                })
                            .collect(Collectors.toList()))),
            only(ReviewService.class, Map.of("chains", a -> List.of())),
            ChainKey.openOrCreate(keystore),
            events::add,
            () -> STYLE,
            () -> archivePeriod,
            clock);
  }

  static Actor actor(String id, String unit, Role role) {
    return new Actor(id, id, Set.of(role), unit);
  }

  private static Optional<Person> person(String id) {
    for (Actor a : List.of(MAYOR, EVM, SECRETARY, OFFICE, JUSTICE, SUBDISTRICT, CLERK)) {
      if (a.personId().equals(id)) {
        Person p = new Person();
        p.id = id;
        p.name = id;
        p.unitId = a.unitId().orElseThrow();
        p.member = a.has(Role.MAYOR) || a.has(Role.VICE_MAYOR);
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Optional<Unit> unit(String id) {
    if (!Set.of("LEADERSHIP", "EDUCATION", "GANGWAN", "OFFICE").contains(id)) {
      return Optional.empty();
    }
    Unit u = new Unit();
    u.id = id;
    u.name = id;
    return Optional.of(u);
  }

  /** Adds a material file to a topic, with its checksum as intake stores it. */
  MaterialFile addFile(long topic, String name, byte[] bytes) throws Exception {
    MaterialFile f = new MaterialFile();
    f.id = 100 + files.values().stream().mapToLong(List::size).sum();
    f.kind = MaterialFile.Kind.EXPLANATION;
    f.fileName = name;
    f.size = bytes.length;
    f.sha256 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    f.uploadedBy = "xie.yu";
    f.uploadedAt = NOW;
    files.computeIfAbsent(topic, t -> new ArrayList<>()).add(Map.entry(f, bytes));
    return f;
  }

  private Topic topic(long id) {
    Topic t = new Topic();
    t.id = id;
    t.version = 1;
    t.form = new TopicForm();
    t.form.name = id == 1 ? "关于校园食堂管理办法的议题" : "关于干部任免的议题";
    t.form.reporterId = "wang.hong";
    t.form.leadUnitId = "EDUCATION";
    t.files =
        files.getOrDefault(id, List.of()).stream()
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    return t;
  }

  private long writeFile(long topic, long fileId, java.io.OutputStream out) {
    for (Map.Entry<MaterialFile, byte[]> f : files.getOrDefault(topic, List.of())) {
      if (f.getKey().id == fileId) {
        try {
          out.write(f.getValue());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return f.getValue().length;
      }
    }
    throw new IllegalArgumentException("no file " + fileId);
  }

  private static MaterialsStatus materials() {
    MaterialsStatus m = new MaterialsStatus();
    m.meetingId = 44;
    m.format = "A4";
    m.copies = 30;
    m.deliveries = List.of();
    m.receipts = List.of();
    return m;
  }

  private static Agenda agenda() {
    Agenda a = new Agenda();
    a.meetingId = 44;
    a.items = new ArrayList<>();
    for (long t = 1; t <= 2; t++) {
      AgendaItem i = new AgendaItem();
      i.kind = AgendaItem.Kind.TOPIC;
      i.topicId = t;
      i.title = t == 1 ? "关于校园食堂管理办法的议题" : "关于干部任免的议题";
      i.reporterId = "wang.hong";
      i.timeLimitMinutes = 15;
      i.confidential = t == 2;
      a.items.add(i);
    }
    a.deferred = List.of();
    return a;
  }

  private static Attendance attendance() {
    Attendance a = new Attendance();
    a.meetingId = 44;
    a.roster = new ArrayList<>();
    for (String id : List.of("li.jianguo", "wang.hong")) {
      RosterEntry e = new RosterEntry();
      e.personId = id;
      e.kind = RosterEntry.Kind.MEMBER;
      e.state = RosterEntry.State.SIGNED_IN;
      e.signedInAt = NOW;
      a.roster.add(e);
    }
    a.quorate = true;
    return a;
  }

  void report(long topic, int minutes) {
    Report r = new Report();
    r.startedAt = clock.instant();
    r.endedAt = r.startedAt.plusSeconds(60L * minutes);
    desk.recordReport(44, topic, r, SECRETARY);
  }

  void positions(long topic, String opinion) {
    for (String who : List.of("li.jianguo", "wang.hong")) {
      Position p = new Position();
      p.personId = who;
      p.kind = Position.Kind.OPINION;
      p.opinion = opinion;
      desk.recordPosition(44, topic, p, SECRETARY);
    }
  }

  void decide(long topic, Decision.Outcome outcome, String requirement) {
    Decision d = new Decision();
    d.outcome = outcome;
    if (requirement != null) {
      Requirement q = new Requirement();
      q.what = requirement;
      q.unitIds = List.of("EDUCATION");
      q.due = LocalDate.of(2027, 9, 1);
      d.requirements = List.of(q);
    }
    desk.decide(44, topic, d, MAYOR);
  }

  /** Both items reported, stated and decided; the meeting closed; minutes signed. */
  Minutes signedMinutes() {
    report(1, 10);
    positions(1, "同意，建议加强食品安全监管");
    decide(1, Decision.Outcome.APPROVED, "完成食堂改造");
    report(2, 10);
    positions(2, "对拟任人选无异议");
    decide(2, Decision.Outcome.APPROVED, "办理任职手续");
    meeting.status = Meeting.Status.CLOSED;
    long id = desk.draft(44, SECRETARY).id;
    desk.askOpinions(id, SECRETARY);
    desk.legalReview(id, true, null, JUSTICE);
    return desk.sign(id, MAYOR);
  }

  /** As {@link #signedMinutes()}, with EDUCATION's opinion given on the way. */
  Minutes signedMinutesWithOpinions() {
    report(1, 10);
    positions(1, "同意，建议加强食品安全监管");
    decide(1, Decision.Outcome.APPROVED, "完成食堂改造");
    report(2, 10);
    positions(2, "对拟任人选无异议");
    decide(2, Decision.Outcome.APPROVED, "办理任职手续");
    meeting.status = Meeting.Status.CLOSED;
    long id = desk.draft(44, SECRETARY).id;
    desk.askOpinions(id, SECRETARY);
    desk.giveOpinion(id, true, null, CLERK);
    desk.legalReview(id, true, null, JUSTICE);
    return desk.sign(id, MAYOR);
  }

  @Override
  public void close() {
    jpa.close();
  }
}
