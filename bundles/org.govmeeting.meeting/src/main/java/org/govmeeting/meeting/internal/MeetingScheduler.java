package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Meetings kept in the database; numbers come from the database so no two nodes collide. */
@Component(service = MeetingService.class, configurationPid = MeetingConfig.PID)
@Designate(ocd = MeetingConfig.class)
public class MeetingScheduler implements MeetingService {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(MeetingScheduler.class);
  private static final int NUMBERING_ATTEMPTS = 5;

  private final JpaTemplate jpa;
  private final Clock clock;
  private final int firstNumber;
  private final Duration defaultCutoff;

  /** The district of the running scope, with its own settings; none outside OSGi. */
  private final java.util.function.Supplier<java.util.Optional<District>> district;

  @Activate
  public MeetingScheduler(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.meeting)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.meeting)")
          SchemaReady schema,
      @Reference Directory directory,
      MeetingConfig config) {
    this(
        jpa,
        Clock.systemUTC(),
        config.firstNumber(),
        Duration.ofHours(config.defaultCutoffHours()),
        () -> directory.district(DistrictScope.current()));
  }

  MeetingScheduler(JpaTemplate jpa, Clock clock, int firstNumber, Duration defaultCutoff) {
    this(jpa, clock, firstNumber, defaultCutoff, java.util.Optional::empty);
  }

  MeetingScheduler(
      JpaTemplate jpa,
      Clock clock,
      int firstNumber,
      Duration defaultCutoff,
      java.util.function.Supplier<java.util.Optional<District>> district) {
    this.district = district;
    this.jpa = jpa;
    this.clock = clock;
    this.firstNumber = firstNumber;
    this.defaultCutoff = defaultCutoff;
    prepareNumbering();
  }

  /**
   * Creates the meeting counter before the first convening, so that convening only ever locks and
   * moves it: creating it inside an act would let two first meetings on two nodes collide on its
   * key, and a collision inside an act's transaction can only undo the whole act. Until a meeting
   * exists the counter follows the configured first number.
   */
  private void prepareNumbering() {
    PersistenceException last = null;
    for (int attempt = 0; attempt < NUMBERING_ATTEMPTS; attempt++) {
      try {
        jpa.tx(
            TransactionType.Required,
            em -> {
              Integer max =
                  em.createQuery("select max(m.number) from MeetingRecord m", Integer.class)
                      .getSingleResult();
              NumberingRecord n =
                  em.find(
                      NumberingRecord.class,
                      NumberingRecord.MEETINGS,
                      LockModeType.PESSIMISTIC_WRITE);
              if (n == null) {
                n = new NumberingRecord();
                n.series = NumberingRecord.MEETINGS;
                // The counter starts after the meetings numbered before it existed.
                n.last = max == null ? firstNumber - 1 : Math.max(max, firstNumber - 1);
                em.persist(n);
              } else if (max == null) {
                n.last = firstNumber - 1;
              }
              em.flush();
            });
        return;
      } catch (PersistenceException e) {
        // Two nodes started at once and both created the counter's row; the key refused one.
        last = e;
      }
    }
    throw new IllegalStateException("could not prepare the meeting counter", last);
  }

  // rule: C1 — the mayor convenes; C3 — regular or extra meetings
  @Override
  public Meeting convene(MeetingRequest request, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.C1, "只有区长可以召集区政府常务会议", "only the mayor convenes an executive meeting");
    }
    if (request == null) {
      throw new ValidationException("body", "请填写会议的召集信息", "a meeting request is required");
    }
    if (request.scheduledAt == null) {
      throw new ValidationException("scheduledAt", "请填写会议时间", "scheduledAt is required");
    }
    Instant now = clock.instant();
    if (!request.scheduledAt.isAfter(now)) {
      throw new ValidationException(
          "scheduledAt", "会议时间须晚于当前时间", "a meeting is convened for a time to come");
    }
    Instant cutoff =
        request.cutoff != null
            ? request.cutoff
            : request.scheduledAt.minus(
                district
                    .get()
                    .map(d -> d.cutoffHours)
                    .map(Duration::ofHours)
                    .orElse(defaultCutoff));
    if (cutoff.isAfter(request.scheduledAt)) {
      throw new ValidationException(
          "cutoff", "议题报送截止时间不得晚于会议时间", "the submission cut-off must not be after the meeting");
    }
    Meeting.Kind kind = request.kind != null ? request.kind : Meeting.Kind.REGULAR;
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord m = new MeetingRecord();
          m.number = nextNumber(em);
          m.kind = kind;
          m.status = Meeting.Status.PLANNED;
          m.scheduledAt = Timestamp.from(request.scheduledAt);
          m.venue = request.venue;
          m.cutoff = Timestamp.from(cutoff);
          m.convenedBy = actor.personId();
          m.convenedAt = Timestamp.from(now);
          em.persist(m);
          em.flush();
          return toMeeting(m);
        });
  }

  /**
   * The next meeting number, taken under a lock of the counter's row, so that convening through
   * several nodes at once never gives one number twice (the unique constraint stays as a guard).
   */
  private int nextNumber(EntityManager em) {
    NumberingRecord n =
        em.find(NumberingRecord.class, NumberingRecord.MEETINGS, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      // The first meeting of a district added since the start (the default district's counter
      // is made at start): its counter begins here, at the configured first number. Two first
      // meetings of one new district at the same moment collide on the counter's key, and the
      // second is refused whole; convening it again succeeds.
      n = new NumberingRecord();
      n.series = NumberingRecord.MEETINGS;
      n.last = district.get().map(d -> d.firstMeetingNumber).orElse(firstNumber) - 1;
      em.persist(n);
    } else {
      // The platform administrator raised the district's first number after it held meetings
      // here (the meetings it held elsewhere meanwhile): numbering moves on to it. A lower one
      // changes nothing, so that no number is given twice.
      Integer first = district.get().map(d -> d.firstMeetingNumber).orElse(null);
      if (first != null && n.last < first - 1) {
        n.last = first - 1;
      }
    }
    n.last++;
    return n.last;
  }

  @Override
  public Optional<Meeting> get(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            Optional.ofNullable(em.find(MeetingRecord.class, id)).map(MeetingScheduler::toMeeting));
  }

  @Override
  public List<Meeting> list(Meeting.Status status, int offset, int limit) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TypedQuery<MeetingRecord> q =
              status == null
                  ? em.createQuery(
                      "select m from MeetingRecord m order by m.number", MeetingRecord.class)
                  : em.createQuery(
                          "select m from MeetingRecord m where m.status = :s order by m.number",
                          MeetingRecord.class)
                      .setParameter("s", status);
          return q
              .setFirstResult(Math.max(0, offset))
              .setMaxResults(Math.max(1, limit))
              .getResultList()
              .stream()
              .map(MeetingScheduler::toMeeting)
              .collect(Collectors.toList());
        });
  }

  // rule: S9 — a topic ready after a meeting's cut-off goes to the next meeting
  @Override
  public Optional<Meeting> nextOpen(Instant when) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select m from MeetingRecord m where m.status in :open and m.cutoff >= :when"
                        + " order by m.scheduledAt, m.number",
                    MeetingRecord.class)
                .setParameter("open", List.of(Meeting.Status.PLANNED, Meeting.Status.NOTIFIED))
                .setParameter("when", Timestamp.from(when))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(MeetingScheduler::toMeeting));
  }

  @Override
  public Optional<Meeting> following(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MeetingRecord from = em.find(MeetingRecord.class, meetingId);
          if (from == null) {
            return Optional.<Meeting>empty();
          }
          return em
              .createQuery(
                  "select m from MeetingRecord m where m.status in :open and m.scheduledAt > :at"
                      + " and m.cutoff >= :now order by m.scheduledAt, m.number",
                  MeetingRecord.class)
              .setParameter("open", List.of(Meeting.Status.PLANNED, Meeting.Status.NOTIFIED))
              .setParameter("at", from.scheduledAt)
              .setParameter("now", Timestamp.from(clock.instant()))
              .setMaxResults(1)
              .getResultList()
              .stream()
              .findFirst()
              .map(MeetingScheduler::toMeeting);
        });
  }

  static Meeting toMeeting(MeetingRecord m) {
    Meeting out = new Meeting();
    out.id = m.id;
    out.number = m.number;
    out.kind = m.kind;
    out.status = m.status;
    out.scheduledAt = m.scheduledAt.toInstant();
    out.venue = m.venue;
    out.cutoff = m.cutoff.toInstant();
    out.convenedBy = m.convenedBy;
    out.convenedAt = m.convenedAt.toInstant();
    out.openedAt = m.openedAt == null ? null : m.openedAt.toInstant();
    return out;
  }
}
