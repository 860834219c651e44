package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /meetings/{id}/pulse}: what a meeting-day screen polls a few times a second. It
 * answers the quorum and a tag of everything the day's screens show (the meeting's state, the
 * roster, the reports, positions and decisions); with the tag it has in {@code If-None-Match} a
 * screen gets 304 and a few bytes until someone signs in, leaves or speaks, and only then reads the
 * roster or the record again.
 *
 * <p>The state behind the tag is read at most once per {@link #FRESH} for each meeting, however
 * many screens poll, and always from the database, so with several nodes every screen sees a change
 * made on any node within that time plus its own polling interval.
 */
@Tag(name = ApiTags.ATTENDANCE)
@Component(service = PulseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/pulse")
@Produces(MediaType.APPLICATION_JSON)
public class PulseResource {
  /** How long one reading of a meeting's state serves every screen that polls it. */
  static final Duration FRESH = Duration.ofMillis(150);

  /**
   * How long one K3 check of a person for a meeting holds. Each screen polls several times a
   * second; who may read the roster changes only when leave is approved or the roster changes.
   */
  static final Duration ACCESS = Duration.ofSeconds(2);

  /** What a meeting-day screen needs at once; the rest it reads when the tag moves. */
  public static class Pulse {
    public long meetingId;
    public Meeting.Status status;
    public Instant openedAt;

    /** The members (C1) on the roster, present now, and whether they make a quorum. */
    public int members;

    public int membersPresent;
    public boolean quorate;

    /** Everyone signed in and not gone, members or not. */
    public int present;

    /** Changes whenever anything a meeting-day screen shows changes. */
    public String tag;
  }

  private final MeetingService meetings;
  private final AttendanceService attendance;
  private final DeliberationService deliberations;
  private final RecordReaders readers;
  private final TimedCache<Long, Pulse> pulses;
  private final TimedCache<Reader, Boolean> access;

  /** A person asking for a meeting's pulse: the same person and meeting, whatever the request. */
  private record Reader(long meetingId, String personId, Actor actor) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Reader r && r.meetingId == meetingId && r.personId.equals(personId);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(meetingId) * 31 + personId.hashCode();
    }
  }

  @Activate
  public PulseResource(
      @Reference MeetingService meetings,
      @Reference AttendanceService attendance,
      @Reference DeliberationService deliberations,
      @Reference RecordReaders readers) {
    this(meetings, attendance, deliberations, readers, Clock.systemUTC());
  }

  PulseResource(
      MeetingService meetings,
      AttendanceService attendance,
      DeliberationService deliberations,
      RecordReaders readers,
      Clock clock) {
    this.meetings = meetings;
    this.attendance = attendance;
    this.deliberations = deliberations;
    this.readers = readers;
    this.pulses = new TimedCache<>(FRESH, clock, this::read);
    this.access =
        new TimedCache<>(
            ACCESS,
            clock,
            r -> {
              readers.requirePapersReader(r.meetingId(), r.actor());
              return Boolean.TRUE;
            });
  }

  @GET
  @Allowed
  @Operation(
      operationId = "getMeetingPulse",
      summary = "会议当天状态 The meeting day's pulse",
      description =
          "The quorum (C1) and a tag of the roster, reports, positions and decisions, for screens"
              + " that poll: send the last tag in If-None-Match and get 304 while nothing moved."
              + " For the participants, the Office, the secretariat and the mayor (K3).")
  @ApiResponse(
      responseCode = "200",
      description = "The quorum and the tag of the day's state",
      headers =
          @Header(
              name = "ETag",
              description = "The tag of the day's state, for If-None-Match",
              schema = @Schema(type = "string")),
      content = @Content(schema = @Schema(implementation = Pulse.class)))
  @ApiResponse(responseCode = "304", description = "Nothing moved since that ETag")
  public Response pulse(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH)
          @Parameter(description = "The ETag of the pulse read before: 304 while it stands")
          String ifNoneMatch,
      @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    // rule: K3 — the roster and the record of the day are the participants' and keepers'
    // (a refusal is thrown, so only an allowed reader is remembered)
    access.get(new Reader(id, actor.personId(), actor));
    Pulse p = pulses.get(id);
    if (EntityTags.matches(ifNoneMatch, p.tag)) {
      return Response.notModified(new EntityTag(p.tag)).build();
    }
    return Response.ok(p).tag(new EntityTag(p.tag)).build();
  }

  private Pulse read(long id) {
    Meeting m =
        meetings.get(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
    Attendance a = attendance.attendance(id);
    List<Deliberation> items = deliberations.deliberations(id);
    return of(m, a, items);
  }

  /** The pulse of a meeting as read; the tag digests every field a day's screen shows. */
  static Pulse of(Meeting m, Attendance a, List<Deliberation> items) {
    Pulse p = new Pulse();
    p.meetingId = m.id;
    p.status = m.status;
    p.openedAt = m.openedAt;
    p.members = a.members;
    p.membersPresent = a.membersPresent;
    p.quorate = a.quorate;
    StringBuilder s = new StringBuilder();
    s.append(m.status).append('|').append(m.openedAt).append('|').append(a.quorate).append('\n');
    for (RosterEntry r : a.roster) {
      if (r.state == RosterEntry.State.SIGNED_IN) {
        p.present++;
      }
      s.append(r.personId)
          .append(':')
          .append(r.kind)
          .append(':')
          .append(r.state)
          .append(':')
          .append(r.late)
          .append(':')
          .append(r.delegateFor)
          .append(':')
          .append(r.signedInAt)
          .append(':')
          .append(r.leftAt)
          .append('\n');
    }
    for (Deliberation d : items) {
      s.append(d.topicId)
          .append(':')
          .append(d.reportStartedAt)
          .append(':')
          .append(d.reportEndedAt)
          .append(':')
          .append(d.reportHistory == null ? 0 : d.reportHistory.size())
          .append(':')
          .append(d.awaiting)
          .append(':')
          .append(d.decision == null ? null : d.decision.outcome)
          .append(':')
          .append(d.decision == null ? null : d.decision.decidedAt);
      if (d.positions != null) {
        for (Position pos : d.positions) {
          s.append(':').append(pos.personId).append('=').append(pos.kind).append(pos.recordedAt);
        }
      }
      s.append('\n');
    }
    p.tag = digest(s.toString());
    return p;
  }

  private static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
