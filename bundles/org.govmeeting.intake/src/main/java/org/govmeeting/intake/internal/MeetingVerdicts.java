package org.govmeeting.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.policy.DryRunMeeting;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.Policy;

/**
 * A meeting's verdicts under the policy in force and under the one tried: the quorum of the members
 * as they sat (C1), and the materials' aim with the leaders it would have found late (M2).
 */
final class MeetingVerdicts {
  private MeetingVerdicts() {}

  // rule: C1, M2 — the quorum and the lead time as a policy reads them, side by side
  static DryRunMeeting of(
      Policy actual,
      Policy tried,
      long meetingId,
      Instant scheduledAt,
      Attendance attendance,
      MaterialsStatus materials,
      List<DryRunTopic> topics) {
    DryRunMeeting d = new DryRunMeeting();
    d.meetingId = meetingId;
    d.actualPolicy = actual.district() + " " + actual.version();
    d.policy = tried.district() + " " + tried.version();
    d.members = attendance.members;
    d.membersPresent = attendance.membersPresent;
    d.quorate = actual.quorate(d.membersPresent, d.members);
    d.quorateUnderPolicy = tried.quorate(d.membersPresent, d.members);
    d.leadDays = actual.materialsLeadDays();
    d.leadDaysUnderPolicy = tried.materialsLeadDays();
    d.materialsAim = scheduledAt.minus(Duration.ofDays(d.leadDays));
    d.materialsAimUnderPolicy = scheduledAt.minus(Duration.ofDays(d.leadDaysUnderPolicy));
    d.lateReceipts = late(materials, d.materialsAim);
    d.lateReceiptsUnderPolicy = late(materials, d.materialsAimUnderPolicy);
    d.topics = topics;
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (d.quorate != d.quorateUnderPolicy) {
      zh.add(
          "出席"
              + d.membersPresent
              + "/"
              + d.members
              + "名组成人员：现行规则"
              + (d.quorate ? "可以" : "不能")
              + "开会，试行规则"
              + (d.quorateUnderPolicy ? "可以" : "不能")
              + "开会（C1）");
      en.add(
          d.membersPresent
              + " of "
              + d.members
              + " members present: "
              + (d.quorate ? "quorate" : "not quorate")
              + " now, "
              + (d.quorateUnderPolicy ? "quorate" : "not quorate")
              + " under the policy tried (C1)");
    }
    if (d.leadDays != d.leadDaysUnderPolicy) {
      zh.add(
          "会议材料须提前"
              + d.leadDaysUnderPolicy
              + "天送达（现行"
              + d.leadDays
              + "天）"
              + (d.lateReceiptsUnderPolicy.equals(d.lateReceipts)
                  ? ""
                  : "，逾期送达的领导由"
                      + d.lateReceipts.size()
                      + "人变为"
                      + d.lateReceiptsUnderPolicy.size()
                      + "人")
              + "（M2）");
      en.add(
          "materials due "
              + d.leadDaysUnderPolicy
              + " days ahead (now "
              + d.leadDays
              + ")"
              + (d.lateReceiptsUnderPolicy.equals(d.lateReceipts)
                  ? ""
                  : "; leaders reached late: "
                      + d.lateReceipts.size()
                      + " -> "
                      + d.lateReceiptsUnderPolicy.size())
              + " (M2)");
    }
    d.changes = List.copyOf(zh);
    d.changesEnglish = List.copyOf(en);
    d.changed = !zh.isEmpty() || topics.stream().anyMatch(t -> t.changed);
    return d;
  }

  private static List<String> late(MaterialsStatus materials, Instant aim) {
    List<String> late = new ArrayList<>();
    if (materials == null || materials.receipts == null) {
      return late;
    }
    for (MaterialsStatus.Receipt r : materials.receipts) {
      if (r.receivedAt != null && r.receivedAt.isAfter(aim)) {
        late.add(r.recipientId);
      }
    }
    return late;
  }
}
