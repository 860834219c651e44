// The topic form's fields with their labels and clauses, and the checks a clerk sees before
// submitting. The API checks the same again at submission and is the authority (its answer is
// shown at the same fields); these exist so that every problem shows at once, while typing.

import { lang, today } from '../i18n.js';

const L = (zh, en) => [zh, en];

/** Labels of the form's JSON fields, for the problem list's links. */
const LABELS = {
  name: L('议题名称', 'Topic name'),
  reporterId: L('汇报人', 'Reporter'),
  leadUnitId: L('牵头单位', 'Lead unit'),
  attendingUnitIds: L('列席单位', 'Attending units'),
  category: L('议题类别', 'Category'),
  policyDocumentKind: L('文件类型', 'Document kind'),
  urgentReason: L('紧急事项的理由', 'Why it is an emergency'),
  supervisorId: L('分管副区长（党组成员）', 'Supervisor'),
  supervisorReason: L('更换分管领导的理由', 'Why another supervisor'),
  consultations: L('征求意见', 'Consultation'),
  implementationOpinion: L('实施意见', 'Implementation opinion'),
  explanation: L('议题说明', 'Topic explanation'),
  'explanation.background': L('议题说明一：背景、缘由', 'Explanation 1: background'),
  'explanation.process': L('议题说明二：研究、讨论过程', 'Explanation 2: how it was discussed'),
  'explanation.content': L('议题说明三：主要内容', 'Explanation 3: main content'),
  'explanation.questions': L('议题说明四：提请研究解决的问题', 'Explanation 4: questions'),
  interpretation: L('政策解读', 'Policy interpretation'),
  'interpretation.background': L('背景缘由', 'Background and reasons'),
  'interpretation.basis': L('政策依据', 'Policy basis'),
  'interpretation.unitsConcerned': L('涉及单位', 'Units concerned'),
  'interpretation.beneficiaries': L('受益群体', 'Beneficiaries'),
  'interpretation.content': L('主要内容', 'Main content'),
  'interpretation.benefitChannels': L('受益渠道', 'How benefits are obtained'),
  'interpretation.procedure': L('操作程序', 'Procedure'),
  publicConsultation: L('社会公开程序', 'Public consultation'),
  'publicConsultation.from': L('征求意见开始日期', 'Consultation from'),
  'publicConsultation.to': L('征求意见截止日期', 'Consultation to'),
  'publicConsultation.channel': L('公开渠道', 'Where it was published'),
  'publicConsultation.comments': L('收到意见条数', 'Comments received'),
  'publicConsultation.handling': L('意见处理结果', 'How the comments were handled'),
  partyPreReport: L('向区委主要领导报告', 'Report to the party leader'),
  'partyPreReport.reportedBy': L('报告人', 'Reported by'),
  'partyPreReport.reportedOn': L('报告日期', 'Reported on'),
  'partyPreReport.result': L('报告结果', 'Result'),
  meetingId: L('拟提请会议', 'Meeting asked for'),
};

export function labelOf(field) {
  const f = String(field);
  let pair = LABELS[f];
  const m = f.match(/^consultations\[(\d+)\]\.?(\w*)$/);
  if (!pair && m) {
    const part = { unitId: L('单位', 'unit'), answer: L('意见', 'answer'), opinion: L('分歧意见', 'dissent'), solution: L('解决方案', 'solution') }[m[2]];
    const n = Number(m[1]) + 1;
    return lang() === 'en' ? `Consultation ${n} ${part ? part[1] : ''}` : `征求意见第${n}项${part ? part[0] : ''}`;
  }
  return pair ? pair[lang() === 'en' ? 1 : 0] : f;
}

export const INTERPRETATION_PARTS = ['background', 'basis', 'unitsConcerned', 'beneficiaries', 'content', 'benefitChannels', 'procedure'];
export const EXPLANATION_PARTS = ['background', 'process', 'content', 'questions'];
export const EXPLANATION_LIMIT = 2000;

const blank = (s) => s === undefined || s === null || String(s).trim() === '';

/** T4 answered "normative" (or the flag set): S4, F6 and P2 apply, as the API decides. */
export function isNormative(form) {
  return !!form.normativeDocument || form.policyDocumentKind === 'NORMATIVE_DOCUMENT';
}

/** S6 applies: marked so, a T7 topic, or one going on to the party committee (F9). */
export function inPartyRemit(form) {
  return !!form.partyCommitteeRemit || !!form.toPartyCommittee || form.category === 'PARTY_COMMITTEE_OR_CONGRESS';
}

/** Characters, not bytes or UTF-16 units, as the API counts them (P3). */
export function explanationLength(e) {
  return EXPLANATION_PARTS.reduce((n, k) => n + (e && e[k] ? [...e[k]].length : 0), 0);
}

function msg(zh, en) {
  return lang() === 'en' ? en : zh;
}

/**
 * Every problem of the form at once, each { field, clause, message }: the form's own rules (F1–F3,
 * P1–P3, S3's stated solutions) and those of the district's policy that the form alone decides
 * (S3 consulted, S4 public consultation done, S6 reported first).
 */
export function check(form, files) {
  const out = [];
  const need = (field, value, clause, zh, en) => {
    if (blank(value)) {
      out.push({ field, clause, message: msg(zh || '必须填写', en || 'required') });
    }
  };
  need('name', form.name, 'F1');
  if (form.name && form.name.length > 300) {
    out.push({ field: 'name', clause: 'F1', message: msg('议题名称最长300字', 'at most 300 characters') });
  }
  need('category', form.category, null, '请选择议题类别（T2–T9）', 'choose a category (T2–T9)');
  need('reporterId', form.reporterId, 'F2', '请选择汇报人', 'choose the reporter');
  if (!blank(form.supervisorId) && form.supervisorId !== form.defaultSupervisorId) {
    need('supervisorReason', form.supervisorReason, 'S1', '更换分管领导须说明理由', 'another supervisor needs a reason');
  }
  if (form.category === 'NORMATIVE_DOCUMENT') {
    if (blank(form.policyDocumentKind) && !form.normativeDocument) {
      out.push({ field: 'policyDocumentKind', clause: 'T4', message: msg('政策文件类议题须注明是否为行政规范性文件', 'a T4 topic states whether it is a normative document') });
    } else if (form.normativeDocument && form.policyDocumentKind === 'OTHER_POLICY_DOCUMENT') {
      out.push({ field: 'policyDocumentKind', clause: 'T4', message: msg('已标注为行政规范性文件，文件类型须一致', 'marked normative: the kind must agree') });
    }
  } else if (!blank(form.category) && isNormative(form)) {
    out.push({ field: 'category', clause: 'T4', message: msg('行政规范性文件属于T4类议题', 'a normative document is a T4 topic') });
  }
  if (form.urgent) {
    need('urgentReason', form.urgentReason, 'S3', '紧急事项须说明理由（经区长确认后免于征求意见）', 'say why it is an emergency (the mayor confirms it)');
  }
  const hasOpinionFile = (files || []).some((f) => f.kind === 'IMPLEMENTATION_OPINION');
  if (blank(form.implementationOpinion) && !hasOpinionFile) {
    out.push({ field: 'implementationOpinion', clause: 'P1', message: msg('须报送实施意见（填写或上传文件）', 'the implementation opinion is required, as text or a file') });
  }
  const e = form.explanation || {};
  for (const k of EXPLANATION_PARTS) {
    need('explanation.' + k, e[k], 'P3');
  }
  const n = explanationLength(e);
  if (n > EXPLANATION_LIMIT) {
    out.push({ field: 'explanation', clause: 'P3', message: msg(`议题说明共${n}字，最长不超过2000字`, `${n} characters; at most 2000`) });
  }
  if (isNormative(form) || form.needsInterpretation) {
    const i = form.interpretation || {};
    for (const k of INTERPRETATION_PARTS) {
      need('interpretation.' + k, i[k], 'P2', isNormative(form) ? '行政规范性文件须附政策解读' : '须填写', isNormative(form) ? 'a normative document carries its interpretation' : 'required');
    }
  }
  const cs = form.consultations || [];
  if (!cs.length && !form.urgent) {
    out.push({ field: 'consultations', clause: 'S3', message: msg('议题须征求相关单位意见（紧急事项除外）', 'the topic must be consulted on (except emergencies)') });
  }
  cs.forEach((c, i) => {
    const at = `consultations[${i}]`;
    need(at + '.unitId', c.unitId, 'S3', '请选择单位', 'choose the unit');
    need(at + '.answer', c.answer, 'S3', '请选择同意或有不同意见', 'agree or disagree');
    if (c.answer === 'DISAGREE') {
      need(at + '.opinion', c.opinion, 'S3', '须注明分歧意见', 'state the dissent');
      if (!form.urgent) {
        need(at + '.solution', c.solution, 'S3', '须提出解决方案或倾向性意见', 'propose a solution');
      }
    }
  });
  if (isNormative(form)) {
    const pc = form.publicConsultation || {};
    need('publicConsultation.from', pc.from, 'S4');
    need('publicConsultation.to', pc.to, 'S4');
    need('publicConsultation.channel', pc.channel, 'S4');
    need('publicConsultation.handling', pc.handling, 'S4', '须记录意见处理结果', 'record how the comments were handled');
    if (pc.to && pc.to >= today()) {
      out.push({ field: 'publicConsultation.to', clause: 'S4', message: msg('征求意见期须在提交前结束', 'the consultation must have ended before submission') });
    }
    if (pc.from && pc.to && pc.from > pc.to) {
      out.push({ field: 'publicConsultation.from', clause: 'S4', message: msg('开始日期晚于截止日期', 'starts after it ends') });
    }
  }
  if (inPartyRemit(form)) {
    const pr = form.partyPreReport || {};
    need('partyPreReport.reportedBy', pr.reportedBy, 'S6');
    need('partyPreReport.reportedOn', pr.reportedOn, 'S6');
    need('partyPreReport.result', pr.result, 'S6');
  }
  return out;
}

/** The form as the API takes it: empty sections left out, the page's own helpers removed. */
export function toBody(form) {
  const b = JSON.parse(JSON.stringify(form));
  delete b.defaultSupervisorId;
  const empty = (o) => !o || Object.values(o).every(blank);
  if (empty(b.explanation)) delete b.explanation;
  if (empty(b.interpretation) || !(isNormative(b) || b.needsInterpretation)) delete b.interpretation;
  if (!isNormative(b) || empty(b.publicConsultation)) delete b.publicConsultation;
  else if (b.publicConsultation.comments === '' || b.publicConsultation.comments === undefined) b.publicConsultation.comments = 0;
  if (!inPartyRemit(b) || empty(b.partyPreReport)) delete b.partyPreReport;
  if (b.category !== 'NORMATIVE_DOCUMENT') delete b.policyDocumentKind;
  if (!b.urgent) delete b.urgentReason;
  for (const k of Object.keys(b)) {
    if (b[k] === '' || b[k] === null) delete b[k];
  }
  if (b.supervisorId && b.supervisorId === form.defaultSupervisorId) delete b.supervisorReason;
  b.consultations = (b.consultations || []).map((c) => {
    const o = { ...c };
    for (const k of Object.keys(o)) if (o[k] === '') delete o[k];
    return o;
  });
  return b;
}
