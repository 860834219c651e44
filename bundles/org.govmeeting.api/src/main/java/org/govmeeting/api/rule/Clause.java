package org.govmeeting.api.rule;

/**
 * Every clause of the regulation (《前进区人民政府常务会议制度》) by the ID that {@code rules.md} gives it.
 * Errors, records and tests name clauses through these constants so that a search for an ID finds
 * the code that carries it.
 */
public enum Clause {
  C1(
      "Members are the mayor and the vice-mayors; the mayor convenes; quorum is at least half",
      "区政府常务会议由区长、副区长组成，由区长召集和主持。会议须有半数以上常务会议组成人员出席方能召开。"),
  C2(
      "Regular attendees: party-group members and the Petitions, Office, Finance, Audit heads",
      "区政府党组成员，区信访局、区政府办公室、区财政局、区审计局主要负责人为会议常规列席人员。根据需要，可安排或邀请有关部门、单位主要负责人列席会议。"),
  C3(
      "A regular meeting once a month in principle; an extra one at any time",
      true,
      "区政府常务会议原则上每个月召开1次，根据工作需要可随时召开。"),
  T1("Every meeting opens with a collective law study", "区政府常务会议前开展集体学法活动。"),
  T2(
      "Category: relaying the important meetings and documents of higher authorities",
      "传达学习党中央、国务院和省委、省政府及市委、市政府和区委的重要会议、文件精神，研究制定贯彻落实意见。"),
  T3(
      "Category: important matters of the government's work; key work",
      "讨论决定区政府工作中的重要事项，定期研究部署相关重点工作。"),
  T4(
      "Category: policy documents and administrative normative documents",
      "审议通过由区政府制定和组织实施的政策性文件和规范性文件。"),
  T5("Category: the Government Work Report and major plans", "讨论《政府工作报告》和重大规划、计划等重要工作。"),
  T6(
      "Category: matters entrusted by, or reported to, the higher government",
      "讨论上级政府委托研究确定和向上级政府请示报告的重大事项。"),
  T7(
      "Category: matters sent on to the party committee or the People's Congress",
      "讨论需要提请区委常委会、区委全面深化改革领导小组会议和区人大及其常委会研究和审议的重要工作。"),
  T8(
      "Category: major asset and resource restructuring, transfer, land",
      "研究审定重大资产资源重组经营、有偿出让、处置等事宜和城区土地出让等重大审批事项。"),
  T9("Category: other important work raised by departments", "研究部门提报的重要工作和需区政府常务会议讨论的其他问题。"),
  S1(
      "Topics raised by departments, signed by the supervising vice-mayor, compiled, approved",
      true,
      "区政府常务会议议题原则上由相关部门提出，经分管副区长、区政府党组成员审定签字后，由区政府办公室负责对上会议题进行综合汇总，列出议题表报区长审定，确定最终上会议题。"),
  S2(
      "Emergency decisions by countersignature or oral report, reported to the next meeting",
      "遇重大突发事件、抢险救灾等紧急情况，不能及时召开区政府常务会议决策的，可以采取会签、口头汇报等方式临机处置，事后必须及时向区政府常务会议报告。"),
  S3(
      "A topic must be consulted on; dissent needs a solution and the mayor's consent",
      true,
      "除突发事件等紧急事项外，未经协调和征求意见的，包括未达成一致意见的议题，原则上不得提交区政府常务会议审议。如亟需提交审议，要注明分歧意见，并提出解决方案或倾向性意见，经区长同意后方可提请区政府常务会议审议。"),
  S4(
      "A normative document needs a completed public consultation and the legality review",
      "区政府制定的行政规范性文件，在提交区政府常务会议前，需履行社会公开程序，区司法局对合法性审核把关。"),
  S5(
      "Major fiscal spending, financing or debt needs Finance and the executive vice-mayor",
      "涉及重大财政资金安排、融资和债务管理等事项，须经过区财政局和常务副区长审核。"),
  S6(
      "Party committee remit: first reported to the party committee's principal leader",
      "符合区委常委会议事范围的议题，在提交区政府常务会议前，分管副区长、区政府党组成员及牵头部门应先向区委主要领导报告。"),
  S7(
      "Supervising vice-mayor absent: the portfolio's topics are not put on the agenda",
      true,
      "凡是分管副区长不能参加会议，原则上分管战线提请的议题不予上会。"),
  S8(
      "Work the supervising vice-mayor can settle is not submitted",
      true,
      "凡是分管副区长职权范围内能够研究解决的工作，原则上不再提请区政府常务会议审议。"),
  S9(
      "Topics on time; the Office checks and signs; a late topic goes to the next meeting",
      "各相关部门提请上会的议题应及时报送，经区政府办公室审核程序完备、条件具备、材料规范后签字确认后进行汇总，凡延误报送的议题一律纳入下次会议研究。"),
  D1(
      "The supervising vice-mayor or lead department head reports, within the time limit",
      "议题内容由分管副区长或牵头部门主要负责人汇报。汇报要突出重点、简明扼要，直接汇报实质性工作和问题，汇报要控制在限定时间内。"),
  D2(
      "Every member and attendee states a position; silence is not a position",
      "区政府常务会议组成人员和列席会议人员应畅所欲言，分别发表意见，有意见简要表达意见，无意见明确表态。"),
  D3(
      "The convener decides and sets requirements for the work",
      "议题经研究讨论后，由会议召集人在集中多数同志的正确意见基础上，科学地做出决断，形成会议决定，并就有关工作提出要求。"),
  P1(
      "The topic form and materials: implementation opinion and topic explanation",
      "部门报送议题时，应同时报送《区政府常务会议议题填报表》和相关会议材料。会议材料包括实施意见（办法、情况汇报等）和议题说明（文字版、电子版）。"),
  P2(
      "Policy interpretation with its seven elements: every normative document, other policies",
      "凡涉及需进行政策解读的议题（包括行政规范性文件），部门应同时报送政策解读材料（背景缘由、政策依据、涉及单位、受益群体、主要内容、受益渠道、操作程序等）。"),
  P3(
      "The topic explanation has four parts and at most 2000 characters",
      "议题说明一般包括四个部分：背景、缘由；研究、讨论的过程；主要内容；提请研究解决的问题。议题说明能短则短，最长不超过2000字。"),
  I1(
      "Decisions are carried out; the Office supervises and tracks them",
      "区政府常务会议决定的事项必须严格遵照执行。区政府办公室要及时对各部门和单位的落实执行情况进行全程督促检查和跟踪反馈。"),
  I2(
      "No unit changes a decision; revisions go through the prescribed procedure again",
      "凡是区政府常务会议确定的事项，有关部门和单位不得擅自更改。需进一步修改的，由牵头部门完善后，按照规定程序报区政府审批。"),
  M1(
      "The Office notifies; materials in one format delivered to the secretariat on time",
      "议题确定后，区政府办公室要立即通知有关部门做好会前准备；会议时间确定后，按照统一格式和份数要求印刷会议材料，按时送至区政府常务秘书室，于会前将会议通知和会议材料送达与会人员。"),
  M2(
      "Materials reach the attending leaders 1-2 days before the meeting",
      "区政府办公室应在会议召开前，提前1-2天将会议有关材料印送与会区领导参阅。"),
  M3(
      "The secretariat drafts the minutes; opinions, legality check, mayor signs; archive",
      "会议纪要由区政府常务秘书室负责起草，经征求议题汇报部门意见和法制部门合法性审查后，报区长签发，并按规定范围及时印发。相关资料要及时整理归档。"),
  M4("The Office prepares the venue and runs the sign-in", "区政府常务会议由区政府办公室负责布置会场，并做好会议签到工作。"),
  K1(
      "Attend on time; leave from the mayor; attendees apply in writing and may delegate",
      "准时参加会议。因故不能参加会议的，组成人员要向区长请假，其他列席人员要以书面形式提出请假申请，经请示区长同意后，方可委派其他负责人参加。"),
  K2(
      "No leaving midway without leave: members ask the mayor, others the executive vice-mayor",
      "严禁中途无故离场，如确有紧急公务需要处理的，组成人员需向区长请假，其他列席人员需向区政府常务副区长请假。"),
  K3(
      "No recording without approval; undecided and confidential matters are not disclosed",
      "未经批准，参会人员不得录音、照相。会议未定事宜不得扩散。已经决定尚需保密的，不得对外泄露。"),
  F1("Topic form: topic name", "议题填报表：议题名称。"),
  F2("Topic form: reporter", "议题填报表：汇报人。"),
  F3("Topic form: lead unit and attending units", "议题填报表：牵头单位、列席单位。"),
  F4(
      "Topic form: consulted with the units concerned, signed by the lead department head",
      "议题填报表：是否已充分征求相关部门意见（牵头部门主要负责人签字确认）。"),
  F5(
      "Topic form: fiscal review signed by the Finance Bureau and the executive vice-mayor",
      "议题填报表：如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核（区财政局主要负责人、常务副区长签字确认）。"),
  F6(
      "Topic form: legality review signed by the Justice Bureau head",
      "议题填报表：如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关（区司法局主要负责人签字确认）。"),
  F7("Topic form: read and signed by the supervising vice-mayor", "议题填报表：是否已经分管副区长审阅（分管副区长签字确认）。"),
  F8(
      "Topic form: procedure complete, signed by the Office director",
      "议题填报表：上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）。"),
  F9("Topic form: must it go on to the party committee's standing committee", "议题填报表：是否须提交区委常委会。");

  private final String reading;
  private final boolean inPrinciple;
  private final String original;

  Clause(String reading, String original) {
    this(reading, false, original);
  }

  Clause(String reading, boolean inPrinciple, String original) {
    this.reading = reading;
    this.inPrinciple = inPrinciple;
    this.original = original;
  }

  /**
   * The clause as the regulation words it in Chinese (the original wins), shortened where it runs
   * on; what a person in the district reads beside a refusal.
   */
  public String original() {
    return original;
  }

  /** A short English reading of the clause; the Chinese original wins where the two differ. */
  public String reading() {
    return reading;
  }

  /**
   * Whether the regulation says 原则上 ("in principle"): such a clause blocks by default and only the
   * mayor may lift it, with a recorded reason.
   */
  public boolean inPrinciple() {
    return inPrinciple;
  }
}
