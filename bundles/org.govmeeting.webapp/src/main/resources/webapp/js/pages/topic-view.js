// A topic as a reader sees it: the form's facts and its review chain with who signed when.

import { html, nothing, clauseBadge, ownClauseBadge, personName, personTitle, unitName, chip } from '../ui.js';
import { t, L, fmtTime } from '../i18n.js';
import { categoryName, categoryClause, topicStatus, stepState, roleName, fileKind } from '../rules.js';

export function topicSummary(topic, dir) {
  if (!topic) {
    return nothing;
  }
  const f = topic.form;
  const flags = [
    f.fiscal && ['S5', L('涉及重大财政资金安排、融资和债务管理', 'Major fiscal spending, financing or debt')],
    f.normativeDocument && ['S4', L('行政规范性文件', 'Normative document')],
    f.partyCommitteeRemit && ['S6', L('符合区委常委会议事范围', "In the party committee's remit")],
    f.toPartyCommittee && ['F9', L('须提交区委常委会', 'Goes on to the party committee')],
    f.urgent && ['S3', L('紧急事项', 'Urgent')],
  ].filter(Boolean);
  const e = f.explanation || {};
  return html`<dl class="facts topic-facts">
    <dt>${clauseBadge('F1')} ${t('name')}</dt><dd>${f.name}</dd>
    <dt>${t('status')}</dt><dd>${chip(topic.status, topicStatus(topic.status))}</dd>
    <dt>${clauseBadge(categoryClause(f.category))} ${t('category')}</dt><dd>${categoryName(f.category)}</dd>
    <dt>${clauseBadge('F2')} ${t('reporter')}</dt><dd>${personTitle(dir, f.reporterId)}</dd>
    <dt>${clauseBadge('F3')} ${L('牵头单位、列席单位', 'Lead and attending units')}</dt>
    <dd>${unitName(dir, f.leadUnitId)}${(f.attendingUnitIds || []).length
      ? html`；${f.attendingUnitIds.map((u) => unitName(dir, u)).join('、')}` : nothing}</dd>
    <dt>${clauseBadge('S1')} ${t('supervisor')}</dt><dd>${personName(dir, topic.supervisorId)}</dd>
    ${flags.length ? html`<dt>${L('事项性质', 'Nature')}</dt><dd>${flags.map(([c, s]) => html`<span class="flag">${clauseBadge(c)} ${s}</span> `)}</dd>` : nothing}
    ${(f.consultations || []).length ? html`<dt>${clauseBadge('S3')} ${L('征求意见', 'Consultation')}</dt><dd><ul class="plain">
      ${f.consultations.map((c) => html`<li>${unitName(dir, c.unitId)}：${c.answer === 'AGREE' ? t('agree') : t('disagree')}
        ${c.opinion ? html`（${c.opinion}）` : nothing}${c.solution ? html`；${L('解决方案', 'solution')}：${c.solution}` : nothing}</li>`)}</ul></dd>` : nothing}
    ${f.implementationOpinion ? html`<dt>${clauseBadge('P1')} ${L('实施意见', 'Implementation opinion')}</dt><dd class="prose">${f.implementationOpinion}</dd>` : nothing}
    ${e.background || e.content ? html`<dt>${clauseBadge('P3')} ${L('议题说明', 'Topic explanation')}</dt><dd class="prose">
      <p>一、${e.background || ''}</p><p>二、${e.process || ''}</p><p>三、${e.content || ''}</p><p>四、${e.questions || ''}</p></dd>` : nothing}
    ${(topic.files || []).length ? html`<dt>${clauseBadge('P1')} ${t('files')}</dt><dd><ul class="plain">
      ${topic.files.map((x) => html`<li>${fileKind(x.kind)}：${x.fileName}（${Math.ceil(x.size / 1024)} KB）</li>`)}</ul></dd>` : nothing}
  </dl>`;
}

export function chainView(chains, dir) {
  if (!chains || !chains.length) {
    return html`<h3>${t('chain')}</h3><p class="empty">${t('noChain')}</p>`;
  }
  const c = chains[chains.length - 1];
  return html`<h3>${t('chain')} <small>${c.policyDistrict} ${c.policyVersion}</small></h3>
    <table class="chain">
      <thead><tr><th scope="col">${t('clause')}</th><th scope="col">${L('审核事项', 'Step')}</th><th scope="col">${t('signedBy')}</th>
        <th scope="col">${t('state')}</th><th scope="col">${L('时间', 'When')}</th><th scope="col">${t('comment')}</th></tr></thead>
      <tbody>${c.steps.map((s) => html`<tr data-step=${s.id} data-state=${s.state}>
        <td>${s.own ? ownClauseBadge(s.own, s.clause) : clauseBadge(s.clause)}</td>
        <td>${s.label}</td>
        <td>${s.actorId ? personName(dir, s.actorId) : s.signerId ? personName(dir, s.signerId) : roleName(s.role)}</td>
        <td>${chip(s.state, stepState(s.state))}</td>
        <td>${fmtTime(s.actedAt)}</td>
        <td>${s.comment || ''}</td></tr>`)}</tbody>
    </table>`;
}
