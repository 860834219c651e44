package org.govmeeting.minutes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.security.Actor;

/** Writes a meeting's archive: the minutes (text and PDF) and the whole record, as one zip. */
final class ArchiveWriter {
  private ArchiveWriter() {}

  static byte[] write(Archiving desk, Minutes minutes, long meetingId, Actor actor) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "minutes.txt", minutes.documentNumber + "\n\n" + minutes.text);
      // rule: M3 — the three printed documents, as PDF/A-2b, beside the record
      entry(zip, "minutes.pdf", desk.printing().minutes(minutes));
      entry(zip, "agenda.pdf", desk.printing().agenda(meetingId, actor));
      for (AgendaItem i : desk.planner().agenda(meetingId, actor).items) {
        if (i.topicId != null) {
          entry(
              zip, "topic-form-" + i.topicId + ".pdf", desk.printing().topicForm(i.topicId, actor));
        }
      }
      StringBuilder errata = new StringBuilder();
      for (Minutes.Erratum e : minutes.errata) {
        errata
            .append(e.signedAt)
            .append(' ')
            .append(e.signedBy)
            .append(' ')
            .append(e.hash)
            .append("\n原文：")
            .append(e.passage)
            .append("\n更正为：")
            .append(e.text)
            .append("\n\n");
      }
      entry(zip, "errata.txt", errata.toString());
      entry(zip, "record.txt", record(desk, meetingId, actor));
      entry(zip, "materials.txt", materials(desk.planner().materials(meetingId)));
      entry(zip, "attendance.txt", attendance(desk, meetingId, actor));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String record(Archiving desk, long meetingId, Actor actor) {
    StringBuilder t = new StringBuilder();
    Agenda agenda = desk.planner().agenda(meetingId, actor);
    t.append("议程\n");
    for (AgendaItem i : agenda.items) {
      t.append(i.position).append(". ").append(i.title).append(" (").append(i.kind).append(")\n");
    }
    for (Deliberation d : desk.deliberations(meetingId)) {
      t.append("\n")
          .append(d.title)
          .append("\n汇报：")
          .append(d.reporterId)
          .append(" ")
          .append(d.reportStartedAt)
          .append(" - ")
          .append(d.reportEndedAt)
          .append(d.overrun ? " 超时" : "")
          .append('\n');
      for (Position p : d.positions) {
        t.append("表态：")
            .append(p.personId)
            .append(' ')
            .append(p.kind)
            .append(p.opinion == null ? "" : " " + p.opinion)
            .append('\n');
      }
      if (d.decision != null) {
        t.append("决定：")
            .append(d.decision.outcome)
            .append(" by ")
            .append(d.decision.decidedBy)
            .append(" at ")
            .append(d.decision.decidedAt)
            .append('\n');
        for (Requirement q : d.decision.requirements) {
          t.append("要求：")
              .append(q.what)
              .append(' ')
              .append(q.unitIds)
              .append(' ')
              .append(q.due)
              .append('\n');
        }
      }
    }
    return t.toString();
  }

  private static String materials(MaterialsStatus m) {
    StringBuilder t = new StringBuilder("材料：").append(m.format).append(" x").append(m.copies);
    t.append("\n送达秘书室截止：").append(m.deliveryDeadline).append("\n");
    for (MaterialsStatus.Delivery d : m.deliveries) {
      t.append("报送：议题")
          .append(d.topicId)
          .append(' ')
          .append(d.deliveredBy)
          .append(' ')
          .append(d.deliveredAt)
          .append(d.late ? " 逾期" : "")
          .append('\n');
    }
    for (MaterialsStatus.Receipt r : m.receipts) {
      t.append("送阅：")
          .append(r.recipientId)
          .append(' ')
          .append(r.receivedAt)
          .append(r.late ? " 逾期" : "")
          .append('\n');
    }
    return t.toString();
  }

  private static String attendance(Archiving desk, long meetingId, Actor actor) {
    StringBuilder t = new StringBuilder();
    Attendance a = desk.attendanceService().attendance(meetingId);
    for (RosterEntry e : a.roster) {
      t.append(e.personId)
          .append(' ')
          .append(e.kind)
          .append(' ')
          .append(e.state)
          .append(e.signedInAt == null ? "" : " 签到 " + e.signedInAt)
          .append(e.leftAt == null ? "" : " 离场 " + e.leftAt)
          .append(e.delegateFor == null ? "" : " 代 " + e.delegateFor)
          .append('\n');
    }
    for (LeaveRequest l : desk.attendanceService().requests(meetingId, actor)) {
      t.append("请假：")
          .append(l.personId)
          .append(' ')
          .append(l.kind)
          .append(' ')
          .append(l.state)
          .append(' ')
          .append(l.decidedBy)
          .append(' ')
          .append(l.reason)
          .append('\n');
    }
    for (DisciplineEntry d : desk.attendanceService().discipline(meetingId)) {
      t.append("纪律：")
          .append(d.personId)
          .append(' ')
          .append(d.kind)
          .append(' ')
          .append(d.note)
          .append('\n');
    }
    for (RecordingRequest r : desk.attendanceService().recordingRequests(meetingId)) {
      t.append("录音录像：")
          .append(r.personId)
          .append(' ')
          .append(r.purpose)
          .append(' ')
          .append(r.state)
          .append(' ')
          .append(r.decidedBy)
          .append('\n');
    }
    return t.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    entry(zip, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
