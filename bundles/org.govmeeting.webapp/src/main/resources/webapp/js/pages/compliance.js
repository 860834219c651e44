// 合规审查: a meeting checked against every clause of the regulation, as GET /meetings/{id}/compliance
// answers it — before the meeting what is still missing, after it what the record shows. Each
// clause with its verdict, why, the mayor's lift (who, when, why) and the records it rests on;
// the printed report (PDF/A) to download. The API decides who may read it (K3).

import { html, nothing, clauseBadge, chip, personName, errorBox } from '../ui.js';
import { api, directory } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { Page } from './page.js';
import { download } from './files.js';

const VERDICTS = {
  MET: ['符合', 'met'],
  NOT_MET: ['不符合', 'not met'],
  LIFTED: ['经区长批准例外', 'lifted by the mayor'],
  PENDING: ['尚待办理', 'pending'],
  NOT_APPLICABLE: ['不适用', 'not applicable'],
  NOT_CHECKED: ['未能核查', 'not checked'],
};
const PHASES = {
  BEFORE: ['会前：尚缺什么', 'before: what is still missing'],
  IN_SESSION: ['会中', 'in session'],
  AFTER: ['会后：记录所示', 'after: what the record shows'],
  CANCELLED: ['会议已取消', 'cancelled'],
};
const OPEN = ['NOT_MET', 'PENDING', 'NOT_CHECKED'];

function verdictChip(v) {
  const [zh, en] = VERDICTS[v] || [v, v];
  return chip(v, L(zh, en));
}

export class CompliancePage extends Page {
  constructor(id) {
    super();
    this.id = id;
    this.report = null;
    this.openOnly = false;
  }

  title() {
    return this.report ? t('meetingNo', { n: this.report.number }) + ' ' + L('合规审查', 'compliance') : L('合规审查', 'Compliance');
  }

  async load() {
    this.dir = await directory();
    try {
      this.report = await api.get(`meetings/${this.id}/compliance`);
    } catch (e) {
      this.error = e;
    }
  }

  view() {
    const r = this.report;
    if (!r) {
      return html`<h1>${L('合规审查', 'Compliance')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const [pzh, pen] = PHASES[r.phase] || [r.phase, r.phase];
    const pdf = () => download(`meetings/${this.id}/compliance.pdf`, t('meetingNo', { n: r.number }) + '合规审查.pdf')
      .catch((e) => { this.error = e; this.update(); });
    return html`<div class="page-head">
        <h1>${t('meetingNo', { n: r.number })} ${L('合规审查', 'compliance report')} ${chip(r.phase, L(pzh, pen))}</h1>
        <p>${L('核查时间', 'As of')}：${fmtTime(r.asOf)}　${L('审核规则', 'Policy')}：${r.policyDistrict || ''} ${r.policyVersion || ''}</p>
        <p><a href=${'#/meetings/' + this.id}>${L('返回会议', 'Back to the meeting')}</a>　
          <button type="button" class="link" id="compliance-pdf" @click=${pdf}>${L('合规审查报告（PDF）', 'Report as PDF')}</button></p>
      </div>
      ${errorBox(this.error)}
      <section class="card" aria-labelledby="counts-title">
        <h2 id="counts-title">${L('结论汇总', 'Verdicts')}</h2>
        <p id="counts">${Object.keys(VERDICTS).map((v) => html`<span class="verdict-count" data-verdict=${v}>${verdictChip(v)} ${(r.counts || {})[v] || 0}</span>　`)}</p>
        ${(r.modules || []).filter((m) => !m.checked).map((m) => html`<p class="error">${m.module}：${L(m.reason, m.reasonEnglish)}</p>`)}
        <label><input type="checkbox" id="open-only" .checked=${this.openOnly}
          @change=${(e) => { this.openOnly = e.target.checked; this.update(); }}> ${L('只看不符合、待办和未能核查的条款', 'Only what is not met, pending or not checked')}</label>
      </section>
      <section class="card" aria-labelledby="meeting-checks-title">
        <h2 id="meeting-checks-title">${L('会议', 'The meeting')}</h2>
        ${this.checks(r.meeting, 'meeting-checks')}
      </section>
      ${(r.topics || []).map((tc) => html`<section class="card topic-checks" data-topic=${tc.topicId} aria-labelledby=${'topic-checks-' + tc.topicId}>
        <h2 id=${'topic-checks-' + tc.topicId}><a href=${'#/topics/' + tc.topicId}>${tc.title}</a>
          ${tc.listed ? chip('listed', L('列入议题', 'listed')) : nothing}</h2>
        ${this.checks(tc.checks, 'topic-' + tc.topicId)}
      </section>`)}`;
  }

  checks(list, id) {
    const shown = (list || []).filter((c) => !this.openOnly || OPEN.includes(c.verdict));
    if (!shown.length) {
      return html`<p class="empty">${L('没有需要关注的条款', 'Nothing to look at')}</p>`;
    }
    const dir = this.dir;
    return html`<table class="compliance" id=${id}>
      <thead><tr><th scope="col">${t('clause')}</th><th scope="col">${L('结论', 'Verdict')}</th>
        <th scope="col">${L('理由', 'Why')}</th><th scope="col">${L('依据', 'Evidence')}</th></tr></thead>
      <tbody>${shown.map((c) => html`<tr data-clause=${c.clause} data-verdict=${c.verdict}>
        <td>${clauseBadge(c.clause)}${c.aspect ? html`<br><small>${L(c.aspect, c.aspectEnglish)}</small>` : nothing}</td>
        <td>${verdictChip(c.verdict)}${c.due ? html`<br><small>${L('期限', 'due')} ${fmtTime(c.due)}</small>` : nothing}</td>
        <td>${L(c.reason, c.reasonEnglish)}
          ${c.lift ? html`<br><small class="lift">${personName(dir, c.lift.grantedBy)} ${fmtTime(c.lift.grantedAt)}：${c.lift.reason}</small>` : nothing}</td>
        <td>${(c.evidence || []).length ? html`<ul class="plain evidence">${c.evidence.map((e) => html`<li>
          ${L(e.what, e.whatEnglish)}${e.personId ? html`，${e.personName || personName(dir, e.personId)}` : nothing}${e.at ? html`，${fmtTime(e.at)}` : nothing}
        </li>`)}</ul>` : nothing}</td>
      </tr>`)}</tbody>
    </table>`;
  }
}
