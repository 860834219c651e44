package org.govmeeting.meeting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.rule.Clause;

/**
 * The verdicts on the Office's meeting services (M1 notices and materials, M2, M4 the venue), as
 * functions of the records they rest on.
 */
final class MeetingServicesVerdicts {
  private MeetingServicesVerdicts() {}

  // rule: M1 — once the time is fixed the Office notifies every participant before the meeting
  static ClauseCheck notices(
      ComplianceScope s, List<String> participants, List<Notice> sent, UnaryOperator<String> name) {
    List<String> missing = new ArrayList<>(participants);
    List<Evidence> evidence = new ArrayList<>();
    int acknowledged = 0;
    for (Notice n : sent) {
      missing.remove(n.recipientId);
      acknowledged += n.acknowledgedAt == null ? 0 : 1;
      evidence.add(
          Evidence.of(
                  Kind.NOTICE,
                  n.acknowledgedAt == null ? "会议通知已送达，尚未确认" : "会议通知已送达并确认",
                  n.acknowledgedAt == null
                      ? "notice sent, not yet acknowledged"
                      : "notice sent and acknowledged",
                  n.recipientId,
                  n.acknowledgedAt == null ? n.sentAt : n.acknowledgedAt,
                  "/api/notices")
              .id(n.id));
    }
    ClauseCheck c;
    if (sent.isEmpty()) {
      c =
          ClauseCheck.of(
                  Clause.M1, s.missing(s.meeting.scheduledAt), "尚未发出会议通知", "no notice sent yet")
              .due(s.meeting.scheduledAt);
    } else if (!missing.isEmpty()) {
      c =
          ClauseCheck.of(
              Clause.M1,
              s.missing(s.meeting.scheduledAt),
              "会议通知未送达：" + names(missing, name),
              "no notice to " + String.join(", ", missing));
    } else {
      c =
          ClauseCheck.of(
              Clause.M1,
              Verdict.MET,
              "会议通知已送达全部" + sent.size() + "名参会人员，" + acknowledged + "人已确认",
              "notice sent to all "
                  + sent.size()
                  + " participants, "
                  + acknowledged
                  + " acknowledged");
    }
    return c.aspect("会议通知", "the notice").with(evidence);
  }

  // rule: M1 — materials in one format and number of copies
  static ClauseCheck materialsFormat(ComplianceScope s, MaterialsStatus m) {
    if (m == null || m.format == null) {
      return ClauseCheck.of(
              Clause.M1,
              s.missing(m == null ? null : m.deliveryDeadline),
              "尚未确定会议材料的统一格式和份数",
              "no uniform format and copy count set for the materials")
          .aspect("材料格式", "materials format");
    }
    return ClauseCheck.of(
            Clause.M1,
            Verdict.MET,
            "会议材料统一为" + m.format + "，" + m.copies + "份",
            "materials as " + m.format + ", " + m.copies + " copies")
        .aspect("材料格式", "materials format")
        .with(
            Evidence.of(
                Kind.MATERIALS,
                m.format + "，" + m.copies + "份",
                m.format + ", " + m.copies,
                null,
                null,
                link(s.meeting.id, "/materials")));
  }

  // rule: M1 — each lead department delivers its topic's materials to the secretariat on time
  static ClauseCheck delivery(ComplianceScope s, long topicId, MaterialsStatus m) {
    if (!s.listed.contains(topicId)) {
      return MeetingVerdicts.notListed(s, Clause.M1, topicId).aspect("材料报送", "materials delivered");
    }
    MaterialsStatus.Delivery d = null;
    for (MaterialsStatus.Delivery x :
        m == null ? List.<MaterialsStatus.Delivery>of() : m.deliveries) {
      if (x.topicId == topicId) {
        d = x;
      }
    }
    Instant due = m == null ? null : m.deliveryDeadline;
    if (d == null) {
      return ClauseCheck.of(
              Clause.M1, s.missing(due), "牵头单位尚未报送会议材料", "the materials are not delivered yet")
          .topic(topicId)
          .aspect("材料报送", "materials delivered")
          .due(due);
    }
    return ClauseCheck.of(
            Clause.M1,
            d.late ? Verdict.NOT_MET : Verdict.MET,
            d.late ? "会议材料逾期报送常务秘书室" : "会议材料按时报送常务秘书室",
            d.late ? "materials delivered late" : "materials delivered on time")
        .topic(topicId)
        .aspect("材料报送", "materials delivered")
        .due(due)
        .with(
            Evidence.of(
                Kind.MATERIALS,
                "报送会议材料",
                "delivered the materials",
                d.deliveredBy,
                d.deliveredAt,
                link(s.meeting.id, "/materials")));
  }

  // rule: M2 — materials reach the attending leaders 1–2 days before (the policy's lead time)
  static ClauseCheck distribution(
      ComplianceScope s, MaterialsStatus m, List<String> leaders, UnaryOperator<String> name) {
    Instant due = m == null ? null : m.distributionDeadline;
    List<MaterialsStatus.Receipt> receipts = m == null ? List.of() : m.receipts;
    if (receipts.isEmpty()) {
      // late only under one day before the meeting; past the aim (the policy's lead time,
      // two days in Qianjin) it is still on time, and the reason says the aim was missed
      Instant aim = m == null ? null : m.distributionAim;
      boolean pastAim = aim != null && !s.asOf.isBefore(aim);
      return ClauseCheck.of(
              Clause.M2,
              s.missing(due),
              pastAim ? "会议材料尚未印送与会区领导（已过提前送达的目标时间）" : "会议材料尚未印送与会区领导",
              pastAim
                  ? "materials not yet handed to the leaders (past the aim)"
                  : "materials not yet handed to the leaders")
          .due(due);
    }
    List<String> late = new ArrayList<>();
    List<String> missing = new ArrayList<>(leaders);
    ClauseCheck c = new ClauseCheck();
    for (MaterialsStatus.Receipt r : receipts) {
      missing.remove(r.recipientId);
      if (r.late) {
        late.add(r.recipientId);
      }
      c.with(
          Evidence.of(
              Kind.MATERIALS,
              r.late ? "逾期送达会议材料" : "按时送达会议材料",
              r.late ? "materials received late" : "materials received on time",
              r.recipientId,
              r.receivedAt,
              link(s.meeting.id, "/materials")));
    }
    ClauseCheck v;
    if (!late.isEmpty()) {
      v =
          ClauseCheck.of(
              Clause.M2,
              Verdict.NOT_MET,
              "会议材料逾期送达：" + names(late, name),
              "materials late to " + String.join(", ", late));
    } else if (!missing.isEmpty()) {
      v =
          ClauseCheck.of(
              Clause.M2,
              s.missing(due),
              "会议材料尚未送达：" + names(missing, name),
              "materials not yet with " + String.join(", ", missing));
    } else {
      v =
          ClauseCheck.of(
              Clause.M2,
              Verdict.MET,
              "会议材料已按时送达全部" + receipts.size() + "名与会区领导",
              "materials with all " + receipts.size() + " leaders on time");
    }
    return v.due(due).with(c.evidence);
  }

  // rule: M4 — the Office prepares the venue
  static ClauseCheck venue(ComplianceScope s) {
    Meeting m = s.meeting;
    if (m.venue == null || m.venue.isBlank()) {
      return ClauseCheck.of(Clause.M4, s.missing(m.scheduledAt), "尚未布置会场", "no venue set")
          .aspect("会场", "venue");
    }
    return ClauseCheck.of(Clause.M4, Verdict.MET, "会场：" + m.venue, "venue: " + m.venue)
        .aspect("会场", "venue")
        .with(Evidence.of(Kind.MEETING, m.venue, m.venue, null, null, link(m.id, "")));
  }

  private static String names(List<String> ids, UnaryOperator<String> name) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(name.apply(id)));
    return String.join("、", out);
  }

  private static String link(long meetingId, String rest) {
    return MeetingVerdicts.link(meetingId, rest);
  }
}
