package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.govmeeting.api.rule.Clause;

/**
 * Small request bodies of the REST API, one class per shape of body, so that the API's description
 * says of each which fields it takes and which it needs.
 */
final class Bodies {
  private Bodies() {}

  /** A reason, for returning, rejecting, withdrawing, cancelling. */
  @Schema(description = "原因 Why", requiredProperties = "reason")
  public static class Reason {
    @Schema(example = "材料不全，请补充后重新提交。")
    public String reason;
  }

  /** A signature on a review step; at F7 it answers S8. */
  @Schema(description = "签字 A signature on a review step")
  public static class Signature {
    @Schema(example = "同意")
    public String comment;

    @Schema(
        description =
            "F7 only, and required there (S8): 是否属于分管副区长职权范围内可以协调解决的事项. true"
                + " settles the topic, which then goes to no meeting, unless the mayor has lifted"
                + " S8 for it.",
        example = "false")
    public Boolean withinAuthority;
  }

  /** How the supervisor settled a topic (S8). */
  @Schema(
      description = "办结意见 How the supervisor settled it (S8)",
      requiredProperties = "disposition")
  public static class Disposition {
    @Schema(example = "由分管副区长协调解决，不再提交常务会议。")
    public String disposition;
  }

  /** The mayor's exception to an "in principle" rule. */
  @Schema(
      description = "例外 The in-principle rule lifted, and why",
      requiredProperties = {"clause", "reason"})
  public static class OverrideRequest {
    @Schema(example = "S3")
    public Clause clause;

    @Schema(example = "情况紧急，同意先行上会。")
    public String reason;
  }

  /** The mayor's designation of a topic's reporter (D1). */
  @Schema(
      description = "指定汇报人 Who reports the topic instead, and why (D1)",
      requiredProperties = {"personId", "reason"})
  public static class ReporterDesignationRequest {
    @Schema(example = "gao.yan")
    public String personId;

    @Schema(example = "分管副区长出差，由区政府党组成员代为汇报。")
    public String reason;
  }

  /** A person named in a request (sign-in, departure, invitation, the entrusted chair). */
  @Schema(description = "人员 A person of the directory", requiredProperties = "personId")
  public static class PersonRef {
    @Schema(example = "wang.hong")
    public String personId;
  }

  /** The past topics a policy is tried on: a meeting's, or those named. */
  @Schema(description = "试运行范围 A meeting's topics, or the topics named")
  public static class DryRun {
    @Schema(example = "44")
    public Long meetingId;

    public java.util.List<Long> topicIds;

    /** The first and last day of a period of submissions, in the district's zone. */
    @Schema(example = "2026-11-01")
    public java.time.LocalDate from;

    @Schema(example = "2026-11-30")
    public java.time.LocalDate to;
  }

  /** Who gave a report to the meeting (S2). */
  @Schema(description = "报告人 Who reported; left out: the person who took the decision")
  public static class Reporter {
    @Schema(example = "wang.hong")
    public String reporterId;
  }

  /** A decision's note. */
  @Schema(description = "批示 An optional note with the decision")
  public static class Note {
    @Schema(example = "同意。")
    public String note;
  }

  /** An agenda item's settings. */
  @Schema(description = "议程事项 An agenda item's settings (D1, K3)")
  public static class ItemSettings {
    @Schema(
        description = "D1: the report's time limit",
        minimum = "1",
        maximum = "240",
        example = "15")
    public int timeLimitMinutes;

    @Schema(description = "K3: only participants read the item's record")
    public boolean confidential;
  }

  /** The materials set's uniform format. */
  @Schema(
      description = "会议材料 The uniform format of the set (M1)",
      requiredProperties = {"format", "copies"})
  public static class MaterialsFormat {
    @Schema(example = "A4 双面, 装订成册")
    public String format;

    @Schema(minimum = "1", example = "30")
    public int copies;
  }

  /** Where the meeting is held. */
  @Schema(description = "会场 Where the meeting is held (M4)", requiredProperties = "venue")
  public static class Venue {
    @Schema(example = "区政府三楼常务会议室", maxLength = 200)
    public String venue;
  }

  /** A topic named in a request. */
  @Schema(description = "议题 A topic", requiredProperties = "topicId")
  public static class TopicRef {
    @Schema(format = "int64", example = "1")
    public long topicId;
  }

  /** Why something is asked for. */
  @Schema(description = "用途 What it is for", requiredProperties = "purpose")
  public static class Purpose {
    @Schema(example = "档案留存")
    public String purpose;
  }

  /** Where the meeting's recording is kept (M3). */
  @Schema(
      description = "会议录音录像 Where the meeting's own recording is kept",
      requiredProperties = {"medium", "location"})
  public static class Recording {
    @Schema(description = "AUDIO 录音 or VIDEO 录像")
    public org.govmeeting.api.minutes.RecordingReference.Medium medium;

    @Schema(description = "存放位置 Where it is kept", example = "档案室光盘 QJ-2027-017", maxLength = 500)
    public String location;

    @Schema(description = "SHA-256 of the recording, 64 hex digits, if the store gives one")
    public String sha256;

    @Schema(description = "时长（分钟）", example = "95", minimum = "1", maximum = "1440")
    public Integer durationMinutes;

    @Schema(example = "会议全程录音", maxLength = 1000)
    public String note;
  }

  /** The final sequence of a topic list. */
  @Schema(description = "议题表 The final order of the topics; absent: the list as compiled")
  public static class TopicIds {
    @ArraySchema(schema = @Schema(format = "int64", example = "1"))
    public List<Long> topicIds;
  }

  /** The meeting whose minutes to draft. */
  @Schema(description = "起草纪要 The meeting the minutes record", requiredProperties = "meetingId")
  public static class MinutesDraft {
    @Schema(format = "int64", example = "1")
    public Long meetingId;
  }

  /** The text of the minutes, as edited. */
  @Schema(description = "纪要正文 The whole text of the draft", requiredProperties = "text")
  public static class MinutesText {
    @Schema(example = "前进区人民政府常务会议纪要……")
    public String text;
  }

  /** An opinion on minutes or an erratum, or the legality review's verdict. */
  @Schema(description = "意见 Agreement, with comments when not", requiredProperties = "agree")
  public static class Opinion {
    public boolean agree;

    @Schema(description = "What should change; required when not agreeing")
    public String comments;
  }

  /** An erratum: a passage of the signed minutes and what it should read. */
  @Schema(
      description = "勘误 A correction of the wording of signed minutes",
      requiredProperties = {"passage", "text"})
  public static class ErratumDraft {
    @Schema(description = "Text that occurs exactly once, verbatim, in the signed minutes")
    public String passage;

    @Schema(description = "What it should read")
    public String text;
  }

  /** Who the minutes are issued to. */
  @Schema(description = "印发范围 The distribution scope: units and persons")
  public static class Scope {
    @ArraySchema(schema = @Schema(example = "EDUCATION"))
    public List<String> unitIds;

    @ArraySchema(schema = @Schema(example = "su.ming"))
    public List<String> personIds;
  }

  /** A progress report of a supervised task (I1). */
  @Schema(description = "进展 A progress report (I1)", requiredProperties = "text")
  public static class ProgressReport {
    @Schema(example = "已完成方案起草。")
    public String text;

    @Schema(minimum = "0", maximum = "100", example = "40")
    public Integer percent;

    @Schema(example = "方案起草")
    public String milestone;
  }

  /** The owning unit's completion report. */
  @Schema(description = "完成情况 The completion report (I1)", requiredProperties = "text")
  public static class CompletionReport {
    @Schema(example = "已按要求完成。")
    public String text;
  }

  /** The Office's acceptance of a completed task, or its sending back. */
  @Schema(description = "验收 Accepted, or sent back with the reason", requiredProperties = "accept")
  public static class Acceptance {
    public boolean accept;

    @Schema(example = "验收合格。")
    public String text;
  }
}
