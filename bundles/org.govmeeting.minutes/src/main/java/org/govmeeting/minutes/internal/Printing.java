package org.govmeeting.minutes.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.document.DocumentService;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesStep;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.govmeeting.minutes.internal.print.AgendaLayout;
import org.govmeeting.minutes.internal.print.AgendaPrint;
import org.govmeeting.minutes.internal.print.Dates;
import org.govmeeting.minutes.internal.print.HouseStyle;
import org.govmeeting.minutes.internal.print.MinutesLayout;
import org.govmeeting.minutes.internal.print.MinutesPrint;
import org.govmeeting.minutes.internal.print.TopicFormLayout;
import org.govmeeting.minutes.internal.print.TopicFormPrint;

/**
 * The printed documents, each made from what the service it comes from answers the same actor: the
 * minutes as {@link MinutesDesk#read} shows them, the agenda as the planner shows it, the topic
 * form only to whoever sees the topic (K3). Ids become names, instants days of the district's
 * calendar.
 */
final class Printing implements DocumentService {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final MinutesDesk minutes;
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final TopicService topics;
  private final TopicForms forms;
  private final Directory directory;
  private final Supplier<HouseStyle> style;
  private final Clock clock;

  Printing(
      MinutesDesk minutes,
      MeetingService meetings,
      MeetingPlanner planner,
      TopicService topics,
      TopicForms forms,
      Directory directory,
      Supplier<HouseStyle> style,
      Clock clock) {
    this.minutes = minutes;
    this.meetings = meetings;
    this.planner = planner;
    this.topics = topics;
    this.forms = forms;
    this.directory = directory;
    this.style = style;
    this.clock = clock;
  }

  @Override
  public byte[] minutes(long minutesId, Actor actor) {
    return minutes(minutes.read(minutesId, actor));
  }

  /** Minutes already read for an actor (K3 applied). */
  byte[] minutes(Minutes m) {
    MinutesPrint p = new MinutesPrint();
    p.documentNumber = m.documentNumber;
    p.text = m.text;
    if (m.signedBy != null) {
      p.signerName = name(m.signedBy);
      p.signedOn = day(m.signedAt);
      p.hash = m.hash;
    }
    List<String> copies = new ArrayList<>();
    for (String u : m.scopeUnitIds == null ? List.<String>of() : m.scopeUnitIds) {
      copies.add(directory.unit(u).map(x -> x.name).orElse(u));
    }
    for (String person : m.scopePersonIds == null ? List.<String>of() : m.scopePersonIds) {
      copies.add(name(person));
    }
    p.copiesTo = copies;
    if (m.steps != null) {
      for (MinutesStep s : m.steps) {
        if ("ISSUED".equals(s.kind) && s.erratumId == null) {
          p.issuedOn = day(s.at);
        }
      }
    }
    p.printedAt = clock.instant();
    return render(() -> MinutesLayout.render(p, style.get(), directory.zone()));
  }

  // rule: K3 — the agenda's readers are those of GET /meetings/{id}/agenda
  @Override
  public byte[] agenda(long meetingId, Actor actor) {
    Agenda agenda = planner.agenda(meetingId, actor);
    Meeting m =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    AgendaPrint p = new AgendaPrint();
    p.number = m.number;
    p.when =
        Dates.chinese(day(m.scheduledAt))
            + " "
            + TIME.format(m.scheduledAt.atZone(directory.zone()));
    p.venue = m.venue;
    p.chair = name(m.convenedBy);
    List<Long> topicIds = new ArrayList<>();
    for (AgendaItem i : agenda.items) {
      if (i.topicId != null) {
        topicIds.add(i.topicId);
      }
    }
    List<TopicSummary> summaries = topicIds.isEmpty() ? List.of() : topics.summaries(topicIds);
    for (AgendaItem i : agenda.items) {
      AgendaPrint.Item item = new AgendaPrint.Item();
      item.lawStudy = i.kind == AgendaItem.Kind.LAW_STUDY;
      item.title =
          item.lawStudy && i.title != null && i.title.startsWith("集体学法：")
              ? i.title.substring("集体学法：".length())
              : i.title;
      item.reporter = name(i.reporterId);
      item.leadUnit = i.leadUnitId == null ? null : unit(i.leadUnitId);
      item.timeLimitMinutes = item.lawStudy ? 0 : i.timeLimitMinutes;
      item.confidential = i.confidential;
      for (TopicSummary s : summaries) {
        if (i.topicId != null && s.id == i.topicId && s.attendingUnitIds != null) {
          s.attendingUnitIds.forEach(u -> item.attendingUnits.add(unit(u)));
        }
      }
      p.items.add(item);
    }
    for (Agenda.Deferral d :
        agenda.deferred == null ? List.<Agenda.Deferral>of() : agenda.deferred) {
      p.deferred.add(d.title);
    }
    p.printedAt = clock.instant();
    return render(() -> AgendaLayout.render(p, style.get(), directory.zone()));
  }

  // rule: K3 — whoever may not see the topic gets 404, as for GET /topics/{id}
  @Override
  public byte[] topicForm(long topicId, Actor actor) {
    Topic t =
        topics
            .get(topicId, actor)
            .orElseThrow(() -> new NotFoundException("议题", "topic", String.valueOf(topicId)));
    TopicFormPrint p = forms.print(t);
    p.hash = digest(p);
    p.printedAt = clock.instant();
    return render(() -> TopicFormLayout.render(p, style.get(), directory.zone()));
  }

  @Override
  public byte[] compliance(org.govmeeting.api.compliance.ComplianceReport report) {
    org.govmeeting.minutes.internal.print.CompliancePrint p =
        CompliancePrinting.of(report, directory.zone(), this::name);
    p.printedAt = clock.instant();
    return render(
        () ->
            org.govmeeting.minutes.internal.print.ComplianceLayout.render(
                p, style.get(), directory.zone()));
  }

  @Override
  public byte[] policyDiff(org.govmeeting.api.policy.PolicyDiff diff) {
    java.time.Instant at = clock.instant();
    return render(
        () ->
            org.govmeeting.minutes.internal.print.PolicyDiffLayout.render(
                diff, style.get(), at, directory.zone()));
  }

  /**
   * SHA-256 (hex) of the printed rows: UTF-8, for each row its label, a tab, its values joined by
   * LF, then LF; so anyone can check a printed form against the record it shows.
   */
  static String digest(TopicFormPrint p) {
    StringBuilder canonical = new StringBuilder();
    for (TopicFormPrint.Row r : p.rows) {
      canonical.append(r.label).append('\t').append(String.join("\n", r.values)).append('\n');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Render {
    byte[] run() throws IOException;
  }

  private static byte[] render(Render r) {
    try {
      return r.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LocalDate day(Instant at) {
    return at == null ? null : at.atZone(directory.zone()).toLocalDate();
  }

  private String name(String personId) {
    return personId == null ? "" : directory.person(personId).map(x -> x.name).orElse(personId);
  }

  private String unit(String unitId) {
    return directory.unit(unitId).map(u -> u.name).orElse(unitId);
  }
}
