package org.govmeeting.rest.internal;

/**
 * The rows of the topic form's guide ({@link FormGuide}): each field with its labels, clause and
 * when it is required, and each category with its labels, in the order of 附1.
 */
final class FormGuideRows {
  private FormGuideRows() {}

  /** Rows: field, Chinese label, English label, clause (or null), required, condition zh, en. */
  static final String[][] FIELDS = {
    {"name", "议题名称", "Topic name", "F1", "always", null, null},
    {"category", "议题类别", "Category (T2–T9)", null, "always", null, null},
    {
      "reporterId",
      "汇报人",
      "Reporter",
      "F2",
      "submission",
      "分管副区长或牵头部门主要负责人；由其他人汇报须经区长指定（D1）",
      "the supervising vice-mayor or the lead department's head; anyone else only if the mayor"
          + " designates them (D1)"
    },
    {"leadUnitId", "牵头单位", "Lead unit", "F3", "submission", null, null},
    {"attendingUnitIds", "列席单位", "Attending units", "F3", "optional", null, null},
    {
      "supervisorId",
      "分管副区长（如非牵头单位的分管领导）",
      "Supervising vice-mayor, if not the lead unit's",
      "S1",
      "optional",
      null,
      null
    },
    {
      "supervisorReason",
      "另请分管副区长的理由",
      "Why another supervisor",
      "S1",
      "condition",
      "填写了分管副区长时",
      "when supervisorId is given"
    },
    {
      "fiscal",
      "是否涉及重大财政资金安排、融资及债务管理",
      "Major fiscal spending, financing or debt",
      "F5",
      "optional",
      null,
      null
    },
    {
      "normativeDocument",
      "是否为行政规范性文件",
      "An administrative normative document",
      "S4",
      "optional",
      null,
      null
    },
    {
      "policyDocumentKind",
      "文件类型：行政规范性文件（NORMATIVE_DOCUMENT）或其他政策文件（OTHER_POLICY_DOCUMENT）",
      "Document kind: NORMATIVE_DOCUMENT or OTHER_POLICY_DOCUMENT",
      "T4",
      "condition",
      "议题类别为T4（政策文件和行政规范性文件）时；为行政规范性文件的，须履行S4、F6、P2",
      "when the category is T4; a normative document then needs S4, F6 and P2"
    },
    {
      "needsInterpretation",
      "是否需进行政策解读",
      "Needs a policy interpretation",
      "P2",
      "optional",
      null,
      null
    },
    {
      "partyCommitteeRemit",
      "是否符合区委常委会议事范围（T7类或须提交区委常委会的议题均属之）",
      "In the party committee's remit",
      "S6",
      "optional",
      null,
      null
    },
    {
      "toPartyCommittee",
      "是否须提交区委常委会",
      "Goes on to the party committee's standing committee",
      "F9",
      "optional",
      null,
      null
    },
    {
      "urgent",
      "是否为突发事件等紧急事项（经区长确认后免于征求意见和协调一致）",
      "An emergency (S3's exception, once the mayor confirms it)",
      "S3",
      "optional",
      null,
      null
    },
    {
      "urgentReason",
      "紧急事项的理由",
      "Why it is an emergency",
      "S3",
      "condition",
      "申报为紧急事项时；区长以对S3条作例外处理的方式确认",
      "when urgent; the mayor confirms it by lifting S3"
    },
    {"implementationOpinion", "实施意见", "Implementation opinion", "P1", "submission", null, null},
    {
      "explanation.background",
      "议题说明：背景、缘由",
      "Explanation: background",
      "P3",
      "submission",
      null,
      null
    },
    {
      "explanation.process",
      "议题说明：研究、讨论的过程",
      "Explanation: how it was studied",
      "P3",
      "submission",
      null,
      null
    },
    {
      "explanation.content",
      "议题说明：主要内容",
      "Explanation: main content",
      "P3",
      "submission",
      null,
      null
    },
    {
      "explanation.questions",
      "议题说明：提请研究解决的问题",
      "Explanation: questions for the meeting",
      "P3",
      "submission",
      null,
      null
    },
    {
      "interpretation.background",
      "政策解读：背景缘由",
      "Interpretation: background",
      "P2",
      "condition",
      "行政规范性文件或需政策解读时",
      "for a normative document or when an interpretation is needed"
    },
    {
      "interpretation.basis",
      "政策解读：政策依据",
      "Interpretation: legal basis",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {
      "interpretation.unitsConcerned",
      "政策解读：涉及单位",
      "Interpretation: units concerned",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {
      "interpretation.beneficiaries",
      "政策解读：受益群体",
      "Interpretation: beneficiaries",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {
      "interpretation.content",
      "政策解读：主要内容",
      "Interpretation: main content",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {
      "interpretation.benefitChannels",
      "政策解读：受益渠道",
      "Interpretation: how people benefit",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {
      "interpretation.procedure",
      "政策解读：操作程序",
      "Interpretation: procedure",
      "P2",
      "condition",
      "同上",
      "as above"
    },
    {"consultations[].unitId", "征求意见单位", "Consulted unit", "S3", "submission", null, null},
    {
      "consultations[].answer",
      "该单位意见（同意/不同意）",
      "Its answer (AGREE/DISAGREE)",
      "S3",
      "submission",
      null,
      null
    },
    {
      "consultations[].opinion",
      "分歧意见",
      "The dissent",
      "S3",
      "condition",
      "该单位不同意时",
      "when the unit disagrees"
    },
    {
      "consultations[].solution",
      "解决方案或倾向性意见",
      "Proposed solution or preferred opinion",
      "S3",
      "condition",
      "该单位不同意时",
      "when the unit disagrees"
    },
    {
      "publicConsultation.from",
      "社会公开征求意见起始日期",
      "Public consultation: from",
      "S4",
      "condition",
      "行政规范性文件",
      "for a normative document"
    },
    {
      "publicConsultation.to",
      "社会公开征求意见截止日期（须早于提交日）",
      "Public consultation: to (ended before submission)",
      "S4",
      "condition",
      "行政规范性文件",
      "for a normative document"
    },
    {
      "publicConsultation.channel",
      "发布渠道",
      "Where it was published",
      "S4",
      "condition",
      "行政规范性文件",
      "for a normative document"
    },
    {"publicConsultation.comments", "收到意见条数", "Comments received", "S4", "optional", null, null},
    {
      "publicConsultation.handling",
      "意见处理结果",
      "How the comments were handled",
      "S4",
      "condition",
      "行政规范性文件",
      "for a normative document"
    },
    {
      "partyPreReport.reportedBy",
      "向区委主要领导报告的报告人",
      "Reported to the party leader by",
      "S6",
      "condition",
      "符合区委常委会议事范围时",
      "when in the party committee's remit"
    },
    {
      "partyPreReport.reportedOn",
      "报告日期",
      "Reported on",
      "S6",
      "condition",
      "符合区委常委会议事范围时",
      "when in the party committee's remit"
    },
    {
      "partyPreReport.result",
      "报告结果",
      "What the leader said",
      "S6",
      "condition",
      "符合区委常委会议事范围时",
      "when in the party committee's remit"
    },
    {"meetingId", "拟提交的会议", "Meeting asked for", "S9", "optional", null, null},
    {
      "revisesMeetingId",
      "所修改决定的会议",
      "Meeting of the decision revised",
      "I2",
      "condition",
      "修改已决定事项时",
      "when revising a decision"
    },
    {
      "revisesTopicId",
      "所修改决定的议题",
      "Topic of the decision revised",
      "I2",
      "condition",
      "修改已决定事项时",
      "when revising a decision"
    },
  };

  static final String[][] CATEGORIES = {
    {"RELAY_AND_IMPLEMENT", "传达学习上级重要会议、文件精神，研究贯彻落实意见", "Relaying higher authorities"},
    {"MAJOR_MATTER", "区政府工作中的重要事项、重点工作", "Important matters; key work"},
    {"NORMATIVE_DOCUMENT", "政策性文件和规范性文件", "Policy and normative documents"},
    {"WORK_REPORT_AND_PLANS", "《政府工作报告》和重大规划、计划", "Work report and major plans"},
    {"HIGHER_GOVERNMENT", "上级政府委托或向上级请示报告的重大事项", "For or to the higher government"},
    {
      "PARTY_COMMITTEE_OR_CONGRESS",
      "需提请区委常委会、区人大等审议的重要工作",
      "For the party committee or the People's Congress"
    },
    {"ASSETS_AND_LAND", "重大资产资源处置和城区土地出让", "Assets, resources and land"},
    {"DEPARTMENT_WORK", "部门提报的其他重要工作", "Other important work of departments"},
  };
}
