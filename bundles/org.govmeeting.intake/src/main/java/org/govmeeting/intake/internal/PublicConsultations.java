package org.govmeeting.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.error.Violations;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.PublicConsultation;

/**
 * S4: a normative document goes to the meeting only after its public consultation (履行社会公开程序) is
 * done, which means the period has ended before the submission and its outcome is recorded. A
 * consultation still running is not done, however complete its record looks.
 */
final class PublicConsultations {
  /** The district's calendar: a consultation ends at the end of its last day there. */
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private PublicConsultations() {}

  /** The district's date at this moment. */
  static LocalDate day(Instant at) {
    return at.atZone(DISTRICT_ZONE).toLocalDate();
  }

  /**
   * Whether the consultation counts as done on the day of submission: its period is given and ended
   * before that day, and where and with what outcome it was held is recorded.
   */
  static boolean completed(PublicConsultation pc, LocalDate submittedOn) {
    return pc != null && problems(pc, true, submittedOn).isEmpty();
  }

  /**
   * Every problem of a recorded consultation, in the order of the form; for a normative document
   * ({@code mustHaveEnded}) a period not yet over is one of them.
   */
  static List<Violation> problems(
      PublicConsultation pc, boolean mustHaveEnded, LocalDate submittedOn) {
    Violations v = new Violations();
    if (pc.from == null || pc.to == null || pc.to.isBefore(pc.from)) {
      v.add("publicConsultation.to", Clause.S4, "请填写征求意见的起止日期", "give the period, from before to");
    } else if (mustHaveEnded && !pc.to.isBefore(submittedOn)) {
      // The last day of the period is still open to comments: it has ended only the day after.
      v.add(
          "publicConsultation.to",
          Clause.S4,
          "社会公开征求意见至" + pc.to + "止，行政规范性文件须在征求意见期结束后方可提交（今天是" + submittedOn + "）",
          "the public consultation runs until "
              + pc.to
              + "; a normative document is submitted only after it has ended (today is "
              + submittedOn
              + ")");
    }
    if (FormRules.blank(pc.channel)) {
      v.add(
          "publicConsultation.channel",
          Clause.S4,
          "请填写征求意见的发布渠道",
          "where it was published is required");
    }
    if (pc.comments < 0) {
      v.add("publicConsultation.comments", Clause.S4, "意见条数不能为负数", "cannot be negative");
    }
    if (FormRules.blank(pc.handling)) {
      v.add(
          "publicConsultation.handling",
          Clause.S4,
          "请填写征求意见的处理结果",
          "the outcome is required: how the comments received were handled");
    }
    return v.list();
  }
}
