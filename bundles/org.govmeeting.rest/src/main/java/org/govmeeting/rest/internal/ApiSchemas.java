package org.govmeeting.rest.internal;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AccessMode;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.NewPerson;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.TopicForm;

/**
 * What the API description says of the contract bundle's request bodies beyond their Java types:
 * which fields a request needs, which the platform sets, lengths and examples. The DTOs stay plain
 * (the contract bundle knows nothing of HTTP); these Jackson mix-ins carry the swagger annotations
 * for them, read by swagger-core through Jackson as if they were on the DTOs. A mix-in's fields are
 * matched by name: {@code OpenApiContractTest} fails on a field its DTO does not have, and on a
 * required name that is no property.
 */
final class ApiSchemas {
  /** DTO → its mix-in. */
  static final Map<Class<?>, Class<?>> MIXINS =
      Map.ofEntries(
          Map.entry(TopicForm.class, TopicFormDoc.class),
          Map.entry(Explanation.class, ExplanationDoc.class),
          Map.entry(Consultation.class, ConsultationDoc.class),
          Map.entry(MeetingRequest.class, MeetingRequestDoc.class),
          Map.entry(LawStudy.class, LawStudyDoc.class),
          Map.entry(LeaveRequest.class, LeaveRequestDoc.class),
          Map.entry(DisciplineEntry.class, DisciplineEntryDoc.class),
          Map.entry(Report.class, ReportDoc.class),
          Map.entry(Position.class, PositionDoc.class),
          Map.entry(Decision.class, DecisionDoc.class),
          Map.entry(Requirement.class, RequirementDoc.class),
          Map.entry(NewPerson.class, NewPersonDoc.class),
          Map.entry(EmergencyDecision.class, EmergencyDecisionDoc.class));

  static {
    // swagger-core introspects through its own mapper; only the description reads it.
    MIXINS.forEach(Json.mapper()::addMixIn);
  }

  private ApiSchemas() {}

  /** Makes sure the mix-ins are in place before swagger-core reads a resource. */
  static void install() {
    // The static initialiser did it; calling this loads the class.
  }

  /**
   * The class-level parts, which swagger-core takes from the class itself and not through Jackson:
   * the description and the required properties of each mix-in's schema.
   */
  @SuppressWarnings("rawtypes")
  static void describe(OpenAPI api) {
    Map<String, io.swagger.v3.oas.models.media.Schema> schemas = api.getComponents().getSchemas();
    for (Map.Entry<Class<?>, Class<?>> m : MIXINS.entrySet()) {
      io.swagger.v3.oas.models.media.Schema schema = schemas.get(m.getKey().getSimpleName());
      Schema doc = m.getValue().getAnnotation(Schema.class);
      if (schema == null || doc == null) {
        continue;
      }
      if (!doc.description().isEmpty()) {
        schema.setDescription(doc.description());
      }
      if (doc.requiredProperties().length > 0) {
        schema.setRequired(new ArrayList<>(List.of(doc.requiredProperties())));
      }
    }
    io.swagger.v3.oas.models.media.Schema form = schemas.get("TopicForm");
    io.swagger.v3.oas.models.media.Schema category =
        form == null
            ? null
            : (io.swagger.v3.oas.models.media.Schema) form.getProperties().get("category");
    StringBuilder codes =
        new StringBuilder("议题类别 The category (T2–T9); in a request also by clause:");
    for (Category c : Category.values()) {
      codes.append(' ').append(c.clause()).append(" = ").append(c.name()).append(';');
    }
    if (category != null) {
      category.setDescription(codes.substring(0, codes.length() - 1));
    }
  }

  @Schema(
      description =
          "议题填报表 The topic form (Annex 1). A draft needs `name` and `category`; submission"
              + " needs the whole form: reporter (F2), implementation opinion and explanation"
              + " (P1, P3), the interpretation where P2 asks, consultations with dissent's"
              + " solution (S3), the public consultation of a normative document (S4), the party"
              + " committee pre-report (S6).",
      requiredProperties = {"name", "category"})
  static class TopicFormDoc {
    @Schema(description = "F1", maxLength = 300, example = "关于2027年义务教育学校布局调整的请示")
    public String name;

    @Schema(description = "F2: who reports it to the meeting (D1)", example = "luo.ping")
    public String reporterId;

    @Schema(description = "F3: the caller's own unit when absent", example = "EDUCATION")
    public String leadUnitId;

    @Schema(description = "Absent: the lead unit's supervisor; another needs supervisorReason")
    public String supervisorId;

    @Schema(description = "I2: with revisesTopicId, the decision this topic revises; both or none")
    public Long revisesMeetingId;

    @Schema(description = "I2: with revisesMeetingId; both or none")
    public Long revisesTopicId;

    @Schema(description = "The meeting asked for; the review decides which it reaches (S9)")
    public Long meetingId;
  }

  @Schema(
      description =
          "议题说明 The topic explanation in four parts, together at most 2000 characters (P3)")
  static class ExplanationDoc {
    @Schema(description = "一、背景和缘由", maxLength = 2000, example = "背景和缘由")
    public String background;

    @Schema(description = "二、研究讨论过程", maxLength = 2000, example = "研究讨论过程")
    public String process;

    @Schema(description = "三、主要内容", maxLength = 2000, example = "主要内容")
    public String content;

    @Schema(description = "四、提请研究解决的问题", maxLength = 2000, example = "提请研究解决的问题")
    public String questions;
  }

  @Schema(
      description = "征求意见 One unit's answer (S3); a disagreement states its opinion and solution",
      requiredProperties = {"unitId", "answer"})
  static class ConsultationDoc {
    @Schema(example = "FINANCE")
    public String unitId;
  }

  @Schema(
      description = "召集会议 What the mayor gives to convene a meeting (C1, C3, S9)",
      requiredProperties = {"scheduledAt"})
  static class MeetingRequestDoc {
    @Schema(description = "REGULAR when absent")
    public String kind;

    @Schema(description = "A time to come", example = "2030-01-15T09:00:00+08:00")
    public String scheduledAt;

    @Schema(maxLength = 200, example = "区政府三楼常务会议室")
    public String venue;

    @Schema(
        description =
            "Topics whose chain completes after this go to the next meeting (S9); not after the meeting",
        example = "2030-01-08T18:00:00+08:00")
    public String cutoff;
  }

  @Schema(
      description = "集体学法 The law study that opens the meeting (T1)",
      requiredProperties = {"area", "subject", "leaderId"})
  static class LawStudyDoc {
    @Schema(maxLength = 300, example = "宪法学习")
    public String subject;

    @Schema(description = "Who leads the study", example = "xu.li")
    public String leaderId;
  }

  @Schema(
      description = "请假 A request not to attend (K1) or to leave midway (K2), and its decision",
      requiredProperties = {"kind", "reason"})
  static class LeaveRequestDoc {
    @Schema(accessMode = AccessMode.READ_ONLY)
    public long id;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public long meetingId;

    @Schema(accessMode = AccessMode.READ_ONLY, description = "Always the caller")
    public String personId;

    @Schema(example = "外出考察")
    public String reason;

    @Schema(description = "K1: an attendee's written application; members ask the mayor directly")
    public boolean written;

    @Schema(description = "K1: a responsible person of the attendee's own unit")
    public String delegateId;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String state;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String requestedAt;

    @Schema(accessMode = AccessMode.READ_ONLY, description = "MAYOR, or EXECUTIVE_VICE_MAYOR (K2)")
    public String approverRole;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String decidedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String decidedAt;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String decisionNote;
  }

  @Schema(
      description = "会议纪律 A breach of meeting discipline (K2, K3)",
      requiredProperties = {"kind", "personId"})
  static class DisciplineEntryDoc {
    @Schema(accessMode = AccessMode.READ_ONLY)
    public long id;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public long meetingId;

    @Schema(example = "zhou.fang")
    public String personId;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String recordedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String recordedAt;
  }

  @Schema(
      description = "汇报 An item's report: who, from when to when (D1)",
      requiredProperties = {"startedAt", "endedAt"})
  static class ReportDoc {
    @Schema(description = "The reporter of the topic when absent", example = "luo.ping")
    public String reporterId;

    @Schema(example = "2030-01-15T09:30:00+08:00")
    public String startedAt;

    @Schema(example = "2030-01-15T09:42:00+08:00")
    public String endedAt;
  }

  @Schema(
      description = "表态 What one person present said (D2): an opinion, or no objection",
      requiredProperties = {"personId", "kind"})
  static class PositionDoc {
    @Schema(example = "wang.hong")
    public String personId;

    @Schema(description = "Required with OPINION", example = "同意，建议加快实施。")
    public String opinion;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String recordedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String recordedAt;
  }

  @Schema(
      description = "会议决定 The chair's decision (D3), never changed once recorded (I2)",
      requiredProperties = {"outcome"})
  static class DecisionDoc {
    @Schema(description = "Required with APPROVED_WITH_REVISIONS: what to revise and who")
    public String revisions;

    @Schema(accessMode = AccessMode.READ_ONLY, description = "The mayor, or the entrusted chair")
    public String decidedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String entrustedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String decidedAt;
  }

  @Schema(
      description = "工作要求 A requirement of a decision: what, which units, by when; a task (I1)",
      requiredProperties = {"what", "unitIds", "due"})
  static class RequirementDoc {
    @Schema(example = "抓好落实")
    public String what;

    @Schema(example = "2030-02-15")
    public String due;
  }

  @Schema(
      description = "新增人员 What the Office gives to add a person",
      requiredProperties = {"id", "name", "unitId", "roles"})
  static class NewPersonDoc {
    @Schema(
        description = "Also the login account, unless logins are matched by `account`",
        example = "zhang.san")
    public String id;

    @Schema(
        description =
            "统一认证账号 The person's account in the district's login directory (the LDAP uid,"
                + " mail or employee number the realm matches); logins are matched by it where"
                + " the platform is configured so (accountMatch = account). Optional, unique,"
                + " kept in lower case",
        example = "zhang.san@qianjin.gov.cn")
    public String account;

    @Schema(example = "张三")
    public String name;

    @Schema(example = "科员")
    public String title;

    @Schema(example = "EDUCATION")
    public String unitId;
  }

  @Schema(
      description = "临机处置 A decision taken outside a meeting in an emergency (S2)",
      requiredProperties = {"what", "whyNoMeeting", "means", "decidedBy", "decidedAt"})
  static class EmergencyDecisionDoc {
    @Schema(accessMode = AccessMode.READ_ONLY)
    public long id;

    @Schema(example = "启动防汛Ⅳ级应急响应")
    public String what;

    @Schema(example = "汛情紧急，来不及召开常务会议")
    public String whyNoMeeting;

    @Schema(example = "li.jianguo")
    public String decidedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public String recordedBy;

    @Schema(accessMode = AccessMode.READ_ONLY)
    public Long reportedAtMeetingId;

    @Schema(accessMode = AccessMode.READ_ONLY, description = "Until reported to a meeting")
    public boolean flagged;
  }
}
