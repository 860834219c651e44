package org.govmeeting.rest.internal;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;

/**
 * The tags of the API description: one per module of the platform, named in Chinese and English, in
 * the order a meeting's business runs. A client generator makes one class of each (the Chinese is
 * dropped from the class name: {@code 议题 Topics} becomes {@code TopicsApi}).
 */
final class ApiTags {
  static final String DIRECTORY = "人员与单位 Directory";
  static final String TOPICS = "议题 Topics";
  static final String REVIEW = "审核 Review";
  static final String MEETINGS = "会议筹备 Meetings";
  static final String ATTENDANCE = "出席 Attendance";
  static final String MINUTES = "会议记录与纪要 Minutes";
  static final String SUPERVISION = "督查督办 Supervision";
  static final String COMPLIANCE = "合规审查 Compliance";
  static final String ABOUT = "接口说明 About";

  /** Every tag with its description, in the order the description lists them. */
  static final List<Tag> ALL =
      List.of(
          tag(
              DIRECTORY,
              "区政府的人员、单位及分管范围（org.govmeeting.directory）。The district's people, units and"
                  + " each vice-mayor's portfolio; who the caller is (C1, C2)."),
          tag(
              TOPICS,
              "议题填报、材料、提交、撤回和办结（org.govmeeting.intake）。Topic intake: the form F1–F9"
                  + " with its materials (P1–P3), submission, withdrawal, settlement (S8) and the"
                  + " mayor's recorded exceptions."),
          tag(
              REVIEW,
              "审核链、签字和议题表（org.govmeeting.review）。Review chains and their signatures F4–F8,"
                  + " the topic list compiled by the Office and approved by the mayor (S1), and the"
                  + " district policies that shape them."),
          tag(
              MEETINGS,
              "会议的召集和筹备（org.govmeeting.meeting）。Meetings convened by the mayor (C1, C3), the"
                  + " law study (T1), agenda (D1, K3), notices (M1), materials (M1, M2), venue (M4)."),
          tag(
              ATTENDANCE,
              "出席、请假、签到和会议纪律（org.govmeeting.attendance）。The roster, leave and early"
                  + " departure (K1, K2), sign-in (M4), quorum and opening (C1), discipline and"
                  + " recording (K2, K3)."),
          tag(
              MINUTES,
              "会议记录、决定、纪要和归档（org.govmeeting.minutes）。The meeting's record: reports,"
                  + " positions and decisions (D1–D3), the minutes and errata through review and"
                  + " signature (M3, I2), the record's hash chain, archives."),
          tag(
              SUPERVISION,
              "决定事项的督查督办和临机处置（org.govmeeting.supervision）。Supervised tasks from each"
                  + " decision (I1): progress, completion, acceptance, reminders; emergency"
                  + " decisions (S2)."),
          tag(
              COMPLIANCE,
              "会议合规审查报告（org.govmeeting.compliance）。A meeting and each of its topics checked"
                  + " against every clause of the regulation and of the district's policy, with"
                  + " each verdict's evidence, from every module's part of it."),
          tag(ABOUT, "接口本身：入口和本说明。The API itself: its entry point and this description."));

  private ApiTags() {}

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
