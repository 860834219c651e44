package org.govmeeting.minutes.internal;

import java.io.IOException;
import java.util.List;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicService;

/**
 * Writes a meeting's archive (M3) into its zip: the minutes in every signed form (the text, the
 * PDF, each signed link of the chain with its signature and the certificate), the agenda and topic
 * forms, the record, materials with their files, attendance, and the recordings' references.
 */
final class ArchiveWriter {
  /** What went in besides the documents. */
  record Written(int materialFiles, int recordings) {}

  private final Archiving desk;
  private final TopicService topics;

  ArchiveWriter(Archiving desk, TopicService topics) {
    this.desk = desk;
    this.topics = topics;
  }

  Written write(
      ArchiveZip zip,
      Minutes minutes,
      List<ChainLink> links,
      String certificatePem,
      List<RecordingReference> recordings,
      long meetingId,
      Actor actor)
      throws IOException {
    zip.text("minutes.txt", minutes.documentNumber + "\n\n" + minutes.text);
    // rule: M3 — the three printed documents, as PDF/A-2b, beside the record
    zip.bytes("minutes.pdf", desk.printing().minutes(minutes));
    signedForms(zip, minutes, links, certificatePem);
    HeldMeeting held = HeldMeeting.read(desk, meetingId, actor);
    Agenda agenda = held.agenda();
    zip.bytes("agenda.pdf", desk.printing().agenda(meetingId, actor));
    for (AgendaItem i : agenda.items) {
      if (i.topicId != null) {
        zip.bytes("topic-form-" + i.topicId + ".pdf", desk.printing().topicForm(i.topicId, actor));
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
    zip.text("errata.txt", errata.toString());
    zip.text("record.txt", record(held));
    zip.bytes("record.json", RecordJson.of(held, minutes, recordings, meetingId));
    zip.text("materials.txt", materials(held.materials()));
    int files = materialFiles(zip, agenda, actor);
    zip.text("attendance.txt", attendance(held));
    zip.text("recordings.txt", recordings(recordings));
    return new Written(files, recordings.size());
  }

  /**
   * rule: M3 — the minutes in every signed form: each link of the chain that belongs to these
   * minutes (the minutes as signed, then each signed erratum), exactly the bytes that were hashed
   * and signed, with the signature and the certificate to check it against, offline.
   */
  private static void signedForms(
      ArchiveZip zip, Minutes minutes, List<ChainLink> links, String certificatePem)
      throws IOException {
    for (ChainLink l : links) {
      if (l.minutesId != minutes.id) {
        continue;
      }
      String name =
          String.format(
              "signed/%04d-%s",
              l.sequence, l.erratumId == null ? "minutes" : "erratum-" + l.erratumId);
      zip.text(name + ".txt", l.canonical);
      zip.text(
          name + ".sig",
          "algorithm: "
              + l.algorithm
              + "\nsha256: "
              + l.hash
              + "\nprevious: "
              + l.previousHash
              + "\ncertificate-sha256: "
              + l.certificateSha256
              + "\nsignature: "
              + l.signature
              + "\n");
    }
    zip.text("signed/certificate.pem", certificatePem);
  }

  /** rule: M3 — the materials' files themselves, each streamed from intake row by row. */
  private int materialFiles(ArchiveZip zip, Agenda agenda, Actor actor) throws IOException {
    int n = 0;
    StringBuilder list = new StringBuilder();
    for (AgendaItem i : agenda.items) {
      if (i.topicId == null) {
        continue;
      }
      long topicId = i.topicId;
      Topic t = topics.get(topicId, actor).orElse(null);
      if (t == null || t.files == null) {
        continue;
      }
      for (MaterialFile f : t.files) {
        String name = "materials/" + topicId + "/" + f.id + "-" + safe(f.fileName);
        String digest = zip.entry(name, out -> topics.writeFile(topicId, f.id, actor, out));
        if (!digest.equals(f.sha256)) {
          // The bytes are not what was uploaded: the archive must not pass them off as such.
          throw new IllegalStateException(
              "material file "
                  + topicId
                  + "/"
                  + f.id
                  + " reads "
                  + digest
                  + ", stored "
                  + f.sha256);
        }
        list.append(name)
            .append(' ')
            .append(f.kind)
            .append(' ')
            .append(f.uploadedBy)
            .append(' ')
            .append(f.uploadedAt)
            .append(" sha256:")
            .append(f.sha256)
            .append('\n');
        n++;
      }
    }
    zip.text("materials/files.txt", list.toString());
    return n;
  }

  /** A file's name as a zip entry's last part: no folders of its own, nothing to climb out by. */
  static String safe(String fileName) {
    String s = fileName == null ? "file" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    s = s.replaceAll("^\\.+", "_");
    return s.isBlank() ? "file" : s;
  }

  private static String recordings(List<RecordingReference> recordings) {
    StringBuilder t = new StringBuilder();
    for (RecordingReference r : recordings) {
      t.append(r.medium == RecordingReference.Medium.VIDEO ? "录像：" : "录音：")
          .append(r.location)
          .append(r.durationMinutes == null ? "" : " " + r.durationMinutes + "分钟")
          .append(r.sha256 == null ? "" : " sha256:" + r.sha256)
          .append(r.note == null ? "" : " " + r.note)
          .append(" 登记 ")
          .append(r.registeredBy)
          .append(' ')
          .append(r.registeredAt)
          .append('\n');
    }
    return t.toString();
  }

  private static String record(HeldMeeting held) {
    StringBuilder t = new StringBuilder();
    t.append("议程\n");
    for (AgendaItem i : held.agenda().items) {
      t.append(i.position).append(". ").append(i.title).append(" (").append(i.kind).append(")\n");
    }
    for (Deliberation d : held.deliberations()) {
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

  private static String attendance(HeldMeeting held) {
    StringBuilder t = new StringBuilder();
    Attendance a = held.roster();
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
    for (LeaveRequest l : held.leave()) {
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
    for (DisciplineEntry d : held.discipline()) {
      t.append("纪律：")
          .append(d.personId)
          .append(' ')
          .append(d.kind)
          .append(' ')
          .append(d.note)
          .append('\n');
    }
    for (RecordingRequest r : held.recordingRequests()) {
      t.append("录音录像申请：")
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
}
