// The regulation (《前进区人民政府常务会议制度》) as the pages quote it beside each field: the clause ID of
// rules.md and the Chinese original, which wins; the English is the platform's working reading
// (org.govmeeting.api.rule.Clause).

import { lang } from './i18n.js';

const CLAUSES = {
  C1: ['区政府常务会议由区长、副区长组成，由区长召集和主持。会议须有半数以上常务会议组成人员出席方能召开。',
    'Members are the mayor and the vice-mayors; the mayor convenes; quorum is at least half'],
  C2: ['区政府党组成员，区信访局、区政府办公室、区财政局、区审计局主要负责人为会议常规列席人员。根据需要，可安排或邀请有关部门、单位主要负责人列席会议。',
    'Regular attendees: party-group members and the Petitions, Office, Finance, Audit heads'],
  C3: ['区政府常务会议原则上每个月召开1次，根据工作需要可随时召开。',
    'A regular meeting once a month in principle; an extra one at any time'],
  T1: ['区政府常务会议前开展集体学法活动。', 'Every meeting opens with a collective law study'],
  T2: ['传达学习党中央、国务院和省委、省政府及市委、市政府和区委的重要会议、文件精神，研究制定贯彻落实意见。',
    'Relaying the important meetings and documents of higher authorities'],
  T3: ['讨论决定区政府工作中的重要事项，定期研究部署相关重点工作。', "Important matters of the government's work; key work"],
  T4: ['审议通过由区政府制定和组织实施的政策性文件和规范性文件。', 'Policy documents and administrative normative documents'],
  T5: ['讨论《政府工作报告》和重大规划、计划等重要工作。', 'The Government Work Report and major plans'],
  T6: ['讨论上级政府委托研究确定和向上级政府请示报告的重大事项。', 'Matters entrusted by, or reported to, the higher government'],
  T7: ['讨论需要提请区委常委会、区委全面深化改革领导小组会议和区人大及其常委会研究和审议的重要工作。',
    "Matters sent on to the party committee or the People's Congress"],
  T8: ['研究审定重大资产资源重组经营、有偿出让、处置等事宜和城区土地出让等重大审批事项。',
    'Major asset and resource restructuring, transfer, land'],
  T9: ['研究部门提报的重要工作和需区政府常务会议讨论的其他问题。', 'Other important work raised by departments'],
  S1: ['区政府常务会议议题原则上由相关部门提出，经分管副区长、区政府党组成员审定签字后，由区政府办公室负责对上会议题进行综合汇总，列出议题表报区长审定，确定最终上会议题。',
    'Topics raised by departments, signed by the supervising vice-mayor, compiled, approved'],
  S2: ['遇重大突发事件、抢险救灾等紧急情况，不能及时召开区政府常务会议决策的，可以采取会签、口头汇报等方式临机处置，事后必须及时向区政府常务会议报告。',
    'Emergency decisions by countersignature or oral report, reported to the next meeting'],
  S3: ['提交区政府常务会议研究的议题，应充分酝酿，多方征求意见。未经协调和征求意见的，包括未达成一致意见的议题，原则上不得提交区政府常务会议审议。如亟需提交审议，要注明分歧意见，并提出解决方案或倾向性意见，经区长同意后方可提请区政府常务会议审议。',
    "A topic must be consulted on; dissent needs a solution and the mayor's consent"],
  S4: ['区政府制定的行政规范性文件，在提交区政府常务会议前，需履行社会公开程序，区司法局对合法性审核把关。',
    'A normative document needs a completed public consultation and the legality review'],
  S5: ['涉及重大财政资金安排、融资和债务管理等事项，须经过区财政局和常务副区长审核。',
    'Major fiscal spending, financing or debt needs Finance and the executive vice-mayor'],
  S6: ['符合区委常委会议事范围的议题，在提交区政府常务会议前，分管副区长、区政府党组成员及牵头部门应先向区委主要领导报告。',
    "Party committee remit: first reported to the party committee's principal leader"],
  S7: ['凡是分管副区长不能参加会议，原则上分管战线提请的议题不予上会。',
    "Supervising vice-mayor absent: the portfolio's topics are not put on the agenda"],
  S8: ['凡是分管副区长职权范围内能够研究解决的工作，原则上不再提请区政府常务会议审议。',
    'Work the supervising vice-mayor can settle is not submitted'],
  S9: ['各相关部门提请上会的议题应及时报送，经区政府办公室审核程序完备、条件具备、材料规范后签字确认后进行汇总，凡延误报送的议题一律纳入下次会议研究。',
    'Topics on time; the Office checks and signs; a late topic goes to the next meeting'],
  D1: ['议题内容由分管副区长或牵头部门主要负责人汇报。汇报要突出重点、简明扼要，直接汇报实质性工作和问题，汇报要控制在限定时间内。',
    'The supervising vice-mayor or lead department head reports, within the time limit'],
  D2: ['区政府常务会议组成人员和列席会议人员应畅所欲言，分别发表意见，有意见简要表达意见，无意见明确表态。',
    'Every member and attendee states a position; silence is not a position'],
  D3: ['议题经研究讨论后，由会议召集人在集中多数同志的正确意见基础上，科学地做出决断，形成会议决定，并就有关工作提出要求。',
    'The convener decides and sets requirements for the work'],
  P1: ['部门报送议题时，应同时报送《区政府常务会议议题填报表》（见附1）和相关会议材料。会议材料包括实施意见（办法、情况汇报等）和议题说明（文字版、电子版）。',
    'The topic form and materials: implementation opinion and topic explanation'],
  P2: ['凡涉及需进行政策解读的议题（包括行政规范性文件；涉及面广、与民生关系密切、社会关注度高或专业性强的重要政策性文件；其他需要进行解读的政策性文件），部门应同时报送政策解读材料（解读重点包括背景缘由、政策依据、涉及单位、受益群体、主要内容、受益渠道、操作程序等）。',
    'Policy interpretation with its seven elements: every normative document, other policies'],
  P3: ['议题说明一般包括四个部分：一是议题产生的背景、缘由；二是议题研究、讨论的过程；三是议题主要内容；四是提请研究解决的问题。议题说明能短则短，最长不超过2000字。',
    'The topic explanation has four parts and at most 2000 characters'],
  I1: ['区政府常务会议决定的事项，必须严格遵照执行。区政府办公室要及时对各部门和单位的落实执行情况进行全程督促检查和跟踪反馈。',
    'Decisions are carried out; the Office supervises and tracks them'],
  I2: ['凡是区政府常务会议确定的事项，有关部门和单位不得擅自更改。如会议要求进一步修改的，由牵头部门根据会议讨论意见完善后，按照规定程序报区政府审批。',
    'No unit changes a decision; revisions go through the prescribed procedure again'],
  M1: ['议题确定后，区政府办公室要立即通知有关部门做好会前准备；按照统一格式和份数要求印刷会议材料，按时限送至区政府常务秘书室，于会前将会议通知和会议材料送达与会人员。',
    'The Office notifies; materials in one format delivered to the secretariat on time'],
  M2: ['区政府办公室应在会议召开前，提前1-2天将会议有关材料印送与会区领导参阅。',
    'Materials reach the attending leaders 1-2 days before the meeting'],
  M3: ['区政府常务会议纪要由区政府常务秘书室负责起草，经征求议题汇报部门意见和法制部门合法性审查后，报区长签发，并按规定范围及时印发。',
    'The secretariat drafts the minutes; opinions, legality check, mayor signs; archive'],
  M4: ['区政府常务会议由区政府办公室负责布置会场，并做好会议签到工作。', 'The Office prepares the venue and runs the sign-in'],
  K1: ['因故不能参加会议的，区政府常务会议组成人员要向区长请假，其他列席人员要以书面形式提出请假申请，经请示区长同意后，方可委派其他负责人参加。',
    'Attend on time; leave from the mayor; attendees apply in writing and may delegate'],
  K2: ['严禁中途无故离场，如确有紧急公务需要处理的，区政府常务会议组成人员需向区长请假，其他列席人员需向区政府常务副区长请假。',
    'No leaving midway without leave: members ask the mayor, others the executive vice-mayor'],
  K3: ['未经批准，参会人员不得录音、照相。会议未定事宜不得扩散。已经决定尚需保密的，不得对外泄露。',
    'No recording without approval; undecided and confidential matters are not disclosed'],
  F1: ['议题名称', 'Topic form: topic name'],
  F2: ['汇报人', 'Topic form: reporter'],
  F3: ['牵头单位、列席单位', 'Topic form: lead unit and attending units'],
  F4: ['是否已充分征求相关部门意见（牵头部门主要负责人签字确认）',
    'Topic form: consulted with the units concerned, signed by the lead department head'],
  F5: ['如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核（区财政局主要负责人、常务副区长签字确认）',
    'Topic form: fiscal review signed by the Finance Bureau and the executive vice-mayor'],
  F6: ['如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关（区司法局主要负责人签字确认）',
    'Topic form: legality review signed by the Justice Bureau head'],
  F7: ['是否已经分管副区长审阅（分管副区长签字确认）', 'Topic form: read and signed by the supervising vice-mayor'],
  F8: ['上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）', 'Topic form: procedure complete, signed by the Office director'],
  F9: ['是否须提交区委常委会', "Topic form: must it go on to the party committee's standing committee"],
};

/** The text of a clause: the Chinese original, or the English reading. */
export function clauseText(id) {
  const c = CLAUSES[id];
  return c ? c[lang() === 'en' ? 1 : 0] : '';
}

export const CATEGORIES = [
  ['RELAY_AND_IMPLEMENT', 'T2', '传达学习上级会议和文件精神', 'Relaying higher authorities'],
  ['MAJOR_MATTER', 'T3', '区政府工作重要事项、重点工作', 'Important matters, key work'],
  ['NORMATIVE_DOCUMENT', 'T4', '政策性文件和规范性文件', 'Policy and normative documents'],
  ['WORK_REPORT_AND_PLANS', 'T5', '政府工作报告和重大规划、计划', 'Work report and major plans'],
  ['HIGHER_GOVERNMENT', 'T6', '上级政府委托和请示报告的重大事项', 'Matters of the higher government'],
  ['PARTY_COMMITTEE_OR_CONGRESS', 'T7', '提请区委常委会、区人大审议的工作', 'For the party committee or congress'],
  ['ASSETS_AND_LAND', 'T8', '重大资产资源处置和土地出让', 'Major assets, resources and land'],
  ['DEPARTMENT_WORK', 'T9', '部门提报的其他重要工作', 'Other work raised by departments'],
];

export function categoryName(value) {
  const c = CATEGORIES.find((x) => x[0] === value || x[1] === value);
  return c ? c[lang() === 'en' ? 3 : 2] : value || '';
}

export function categoryClause(value) {
  const c = CATEGORIES.find((x) => x[0] === value || x[1] === value);
  return c ? c[1] : null;
}

function pick(table, key) {
  const v = table[key];
  return v ? v[lang() === 'en' ? 1 : 0] : key || '';
}

const ROLES = {
  MAYOR: ['区长', 'Mayor'],
  EXECUTIVE_VICE_MAYOR: ['常务副区长', 'Executive vice-mayor'],
  VICE_MAYOR: ['副区长', 'Vice-mayor'],
  PARTY_GROUP_MEMBER: ['党组成员', 'Party-group member'],
  OFFICE_DIRECTOR: ['区政府办公室主任', 'Office director'],
  OFFICE_STAFF: ['区政府办公室', 'Government Office'],
  SECRETARIAT: ['常务秘书室', 'Standing secretariat'],
  FINANCE_HEAD: ['区财政局局长', 'Finance Bureau head'],
  JUSTICE_HEAD: ['区司法局局长', 'Justice Bureau head'],
  AUDIT_HEAD: ['区审计局局长', 'Audit Bureau head'],
  PETITIONS_HEAD: ['区信访局局长', 'Petitions Bureau head'],
  DEPARTMENT_HEAD: ['部门主要负责人', 'Department head'],
  DEPARTMENT_STAFF: ['部门经办人', 'Department staff'],
  SUBDISTRICT_HEAD: ['街道负责人', 'Subdistrict head'],
  PLATFORM_ADMINISTRATOR: ['平台管理员', 'Platform administrator'],
};
export const roleName = (r) => pick(ROLES, r);

const TOPIC_STATUS = {
  DRAFT: ['草稿', 'Draft'],
  IN_REVIEW: ['审核中', 'In review'],
  RETURNED: ['已退回修改', 'Returned'],
  REJECTED: ['不予上会', 'Refused'],
  READY: ['待列入议题表', 'Ready'],
  LISTED: ['已列入议题表', 'Listed'],
  SETTLED: ['分管领导已办结', 'Settled'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};
export const topicStatus = (s) => pick(TOPIC_STATUS, s);

const STEP_STATE = {
  PENDING: ['待签署', 'Waiting'],
  WAITING: ['未到此步', 'Not yet'],
  SIGNED: ['已签署', 'Signed'],
  RETURNED: ['已退回', 'Returned'],
  REJECTED: ['不予上会', 'Refused'],
  CANCELLED: ['已取消', 'Cancelled'],
};
export const stepState = (s) => pick(STEP_STATE, s);

const MEETING_STATUS = {
  PLANNED: ['筹备中', 'Planned'],
  NOTIFIED: ['已通知', 'Notified'],
  IN_SESSION: ['会议进行中', 'In session'],
  CLOSED: ['已散会', 'Closed'],
  CANCELLED: ['已取消', 'Cancelled'],
};
export const meetingStatus = (s) => pick(MEETING_STATUS, s);

const MINUTES_STATE = {
  DRAFT: ['起草中', 'Draft'],
  IN_OPINION: ['征求意见中', 'Asking opinions'],
  LEGAL_REVIEW: ['合法性审查中', 'Legality review'],
  SIGNED: ['已签发', 'Signed'],
  ISSUED: ['已印发', 'Issued'],
};
export const minutesState = (s) => pick(MINUTES_STATE, s);

const OUTCOMES = {
  APPROVED: ['原则通过', 'Approved'],
  APPROVED_WITH_REVISIONS: ['修改后通过', 'Approved with revisions'],
  NOT_APPROVED: ['不予通过', 'Not approved'],
  DEFERRED: ['暂缓研究', 'Deferred'],
};
export const outcomeName = (s) => pick(OUTCOMES, s);
export const OUTCOME_VALUES = Object.keys(OUTCOMES);

const FILE_KINDS = {
  IMPLEMENTATION_OPINION: ['实施意见', 'Implementation opinion'],
  EXPLANATION: ['议题说明', 'Topic explanation'],
  INTERPRETATION: ['政策解读', 'Policy interpretation'],
  OTHER: ['其他材料', 'Other'],
};
export const fileKind = (s) => pick(FILE_KINDS, s);
export const FILE_KIND_VALUES = Object.keys(FILE_KINDS);

const ROSTER_KIND = {
  MEMBER: ['组成人员', 'Member'],
  ATTENDEE: ['列席', 'Attendee'],
  INVITED: ['邀请列席', 'Invited'],
  DELEGATE: ['委派参会', 'Delegate'],
};
export const rosterKind = (s) => pick(ROSTER_KIND, s);

const TIMELINESS = {
  ON_TIME: ['按期推进', 'On time'],
  DUE_SOON: ['即将到期', 'Due soon'],
  OVERDUE: ['已逾期', 'Overdue'],
  DONE: ['已办结', 'Done'],
};
export const timeliness = (s) => pick(TIMELINESS, s);

const TASK_STATE = {
  OPEN: ['办理中', 'Open'],
  COMPLETION_REPORTED: ['已报完成，待验收', 'Completion reported'],
  CLOSED: ['已验收办结', 'Closed'],
};
export const taskState = (s) => pick(TASK_STATE, s);

const LAW_AREAS = {
  RULE_OF_LAW_THOUGHT: ['习近平法治思想', 'Xi Jinping Thought on the Rule of Law'],
  CONSTITUTION: ['宪法', 'The Constitution'],
  LAWS_OF_GOVERNMENT_DUTIES: ['与政府履职密切相关的法律法规', 'Laws tied to the government\'s duties'],
  SUPERVISION_AND_INTEGRITY: ['监察法和党风廉政建设法规', 'Supervision Law and integrity rules'],
};
export const lawArea = (s) => pick(LAW_AREAS, s);
