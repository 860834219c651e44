// 议题填报: the topic form in the layout of Annex 1 (附1 区政府常务会议议题填报表), each row with the
// rule that governs it beside it, every problem shown at once at its field; save, upload, submit,
// withdraw; the review chain with who signed when.

import { html, nothing, fieldId, fieldErrors, problemsAt, problemSummary, errorBox, announce,
  personName, unitName, chip, clauseBadge } from '../ui.js';
import { live } from '../../vendor/lit-html/directives/live.js';
import { api, directory, session } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { clauseText, CATEGORIES, categoryName, topicStatus, stepState } from '../rules.js';
import { Page } from './page.js';
import { check, toBody, labelOf, explanationLength, EXPLANATION_LIMIT, INTERPRETATION_PARTS, isNormative, inPartyRemit } from './topic-rules.js';
import { chainView } from './topic-view.js';
import { consultationRows, filesView } from './topic-form-parts.js';
import { download } from './files.js';
import { topicActs } from './topic-acts.js';

function blankForm(me) {
  return {
    name: '', reporterId: '', leadUnitId: me.unitId, attendingUnitIds: [], category: '',
    supervisorId: '', supervisorReason: '', fiscal: false, normativeDocument: false,
    needsInterpretation: false, partyCommitteeRemit: false, toPartyCommittee: false, urgent: false,
    policyDocumentKind: '', urgentReason: '',
    implementationOpinion: '', explanation: {}, interpretation: {}, consultations: [],
    publicConsultation: {}, partyPreReport: {}, meetingId: null,
  };
}

function get(obj, path) {
  return path.split(/\.|\[|\]\.?/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function set(obj, path, value) {
  const keys = path.split(/\.|\[|\]\.?/).filter(Boolean);
  let o = obj;
  keys.slice(0, -1).forEach((k) => {
    if (o[k] == null) o[k] = {};
    o = o[k];
  });
  o[keys[keys.length - 1]] = value;
}

export class TopicFormPage extends Page {
  constructor(id) {
    super();
    this.id = id;
    this.topic = null;
    this.chains = [];
    this.problems = [];
    this.attempted = false;
    this.message = null;
  }

  title() {
    return this.topic ? this.topic.form.name : t('newTopic');
  }

  async load() {
    const me = session().me.person;
    this.me = me;
    this.dir = await directory();
    const meetings = await api.get('meetings?limit=50');
    this.meetings = meetings.filter((m) => m.status === 'PLANNED' || m.status === 'NOTIFIED');
    const lead = this.dir.units.get(me.unitId);
    if (this.id) {
      const r = await api.getTagged('topics/' + this.id);
      this.topic = r.data;
      this.etag = r.etag;
      this.chains = await api.get(`topics/${this.id}/reviews`);
      this.form = { ...blankForm(me), ...JSON.parse(JSON.stringify(this.topic.form)) };
      this.form.explanation = this.form.explanation || {};
      this.form.interpretation = this.form.interpretation || {};
      this.form.publicConsultation = this.form.publicConsultation || {};
      this.form.partyPreReport = this.form.partyPreReport || {};
      this.form.consultations = this.form.consultations || [];
      const own = this.dir.units.get(this.topic.form.leadUnitId);
      this.form.defaultSupervisorId = own ? own.supervisorId : null;
      if (!this.form.supervisorId) this.form.supervisorId = this.topic.supervisorId;
    } else {
      this.form = blankForm(me);
      this.form.defaultSupervisorId = lead ? lead.supervisorId : null;
      this.form.supervisorId = this.form.defaultSupervisorId || '';
    }
  }

  editable() {
    return !this.topic || this.topic.status === 'DRAFT' || this.topic.status === 'RETURNED';
  }

  files() {
    return (this.topic && this.topic.files) || [];
  }

  input(field, value) {
    set(this.form, field, value);
    if (this.attempted) {
      // Once a check was asked for, problems go away as they are mended and new ones show.
      this.problems = [...check(this.form, this.files()), ...this.serverOnly()];
    }
    this.update();
  }

  serverOnly() {
    return (this.serverProblems || []).filter((p) => !p.field);
  }

  runCheck() {
    this.attempted = true;
    this.serverProblems = [];
    this.problems = check(this.form, this.files());
    this.message = this.problems.length ? null : t('checkedOk');
    this.update();
    this.focusProblems();
    return this.problems.length === 0;
  }

  focusProblems() {
    setTimeout(() => {
      const p = document.getElementById('problems');
      if (p) p.focus();
    }, 0);
  }

  async save(quiet) {
    const body = toBody(this.form);
    if (!this.topic) {
      const created = await api.send('POST', 'topics', { body });
      this.topic = created.data;
      this.id = this.topic.id;
      this.etag = created.etag;
      history.replaceState(null, '', '#/topics/' + this.id);
    } else {
      const r = await api.send('PUT', 'topics/' + this.id, { body, headers: { 'If-Match': this.etag || `"${this.topic.revision}"` } });
      this.topic = r.data;
      this.etag = r.etag;
    }
    if (!quiet) {
      this.message = t('saved');
      announce(t('saved'));
    }
  }

  async act(kind, fn) {
    this.busy = kind;
    this.error = null;
    this.message = null;
    this.update();
    try {
      await fn();
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = null;
      this.update();
    }
  }

  fail(e) {
    if (e.errors && (e.status === 400 || e.status === 409)) {
      this.attempted = true;
      this.serverProblems = e.errors;
      const mine = check(this.form, this.files());
      const seen = new Set(mine.map((p) => p.field + '|' + p.clause));
      this.problems = [...mine, ...e.errors.filter((p) => !seen.has(p.field + '|' + p.clause))];
      this.focusProblems();
    } else {
      this.error = e;
    }
  }

  async submit() {
    if (!this.runCheck()) {
      return;
    }
    await this.act('submit', async () => {
      await this.save(true);
      this.topic = await api.post(`topics/${this.id}/submit`, {});
      this.chains = await api.get(`topics/${this.id}/reviews`);
      this.problems = [];
      this.message = t('submitted');
      announce(t('submitted'));
    });
  }

  async upload() {
    const input = document.getElementById('file-input');
    const kind = document.getElementById('file-kind').value;
    const file = input && input.files && input.files[0];
    if (!file) {
      return;
    }
    await this.act('upload', async () => {
      if (!this.topic) {
        await this.save(true);
      }
      await api.send('POST', `topics/${this.id}/files?kind=${kind}&name=${encodeURIComponent(file.name)}`, { body: file });
      const r = await api.getTagged('topics/' + this.id);
      this.topic = r.data;
      this.etag = r.etag;
      input.value = '';
      this.message = t('uploaded');
      announce(t('uploaded'));
      if (this.attempted) this.problems = check(this.form, this.files());
    });
  }

  async withdraw() {
    const reason = (document.getElementById('withdraw-reason') || {}).value || '';
    if (!reason.trim()) {
      this.error = { message: t('needReason') };
      this.update();
      return;
    }
    await this.act('withdraw', async () => {
      this.topic = await api.post(`topics/${this.id}/withdraw`, { reason: reason.trim() });
      this.message = t('withdrawn');
    });
  }

  // ---- the form's rows ----

  describedBy(field, clause) {
    const ids = [];
    if (clause) ids.push(fieldId(field) + '-rule');
    if (problemsAt(this.problems, field).length) ids.push(fieldId(field) + '-err');
    return ids.join(' ') || nothing;
  }

  control(field, clause, kind = 'text', extra = {}) {
    const id = fieldId(field);
    const value = get(this.form, field);
    const invalid = problemsAt(this.problems, field).length ? 'true' : 'false';
    const ro = !this.editable();
    const on = (e) => this.input(field, kind === 'number' ? e.target.value : e.target.value);
    if (kind === 'area') {
      return html`<textarea id=${id} rows=${extra.rows || 3} ?readonly=${ro} aria-invalid=${invalid}
        aria-describedby=${this.describedBy(field, clause)} .value=${live(value || '')} @input=${on}></textarea>`;
    }
    if (kind === 'select') {
      return html`<select id=${id} ?disabled=${ro} aria-invalid=${invalid} aria-describedby=${this.describedBy(field, clause)}
        @change=${on}>
        <option value="" ?selected=${!value}>${extra.placeholder || t('choose')}</option>
        ${extra.options.map(([v, label]) => html`<option value=${v} ?selected=${String(value) === String(v)}>${label}</option>`)}
      </select>`;
    }
    return html`<input id=${id} type=${kind} ?readonly=${ro} aria-invalid=${invalid} aria-describedby=${this.describedBy(field, clause)}
      .value=${live(value == null ? '' : String(value))} @input=${on} min=${extra.min ?? nothing} max=${extra.max ?? nothing}>`;
  }

  flag(field, clause, label) {
    const id = fieldId(field);
    return html`<div class="flag-row">
      <input type="checkbox" id=${id} ?disabled=${!this.editable()} .checked=${live(!!this.form[field])}
        aria-describedby=${fieldId(field) + '-rule'} @change=${(e) => this.input(field, e.target.checked)}>
      <label for=${id}>${label}</label>
      <p class="rule" id=${id + '-rule'}><span class="clause">${clause}</span> ${clauseText(clause)}</p>
    </div>`;
  }

  row(field, label, clause, control, note) {
    const id = fieldId(field);
    return html`<div class="row ${problemsAt(this.problems, field, true).length ? 'has-error' : ''}" data-field=${field}>
      <div class="label"><label for=${id}>${label}</label></div>
      <div class="value">${control}${note || nothing}${fieldErrors(this.problems, field)}</div>
      <div class="why" id=${id + '-rule'}>${clause ? html`<span class="clause">${clause}</span> ${clauseText(clause)}` : nothing}</div>
    </div>`;
  }

  /** A row of the form that is a signature given in the review chain (F4–F8). */
  signatureRow(clause, label) {
    const chain = this.chains.length ? this.chains[this.chains.length - 1] : null;
    const steps = chain ? chain.steps.filter((s) => s.clause === clause) : [];
    return html`<div class="row signature" data-clause=${clause}>
      <div class="label">${label}</div>
      <div class="value">${steps.length
        ? steps.map((s) => html`<p>${chip(s.state, stepState(s.state))}
            ${s.actorId ? html`${personName(this.dir, s.actorId)} ${fmtTime(s.actedAt)}` : s.label}
            ${s.comment ? html`：${s.comment}` : nothing}</p>`)
        : html`<p class="muted">${L('提交后由审核链签字确认', 'Signed in the review chain after submission')}</p>`}</div>
      <div class="why"><span class="clause">${clause}</span> ${clauseText(clause)}</div>
    </div>`;
  }

  view() {
    if (!this.form) {
      return html`<h1>${t('newTopic')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const dir = this.dir;
    const f = this.form;
    const ro = !this.editable();
    const people = [...dir.people.values()];
    const reporters = people
      .filter((p) => p.unitId === f.leadUnitId || p.roles.includes('VICE_MAYOR') || p.roles.includes('PARTY_GROUP_MEMBER'))
      .map((p) => [p.id, `${p.name}（${p.title}）`]);
    const supervisors = people
      .filter((p) => p.roles.includes('VICE_MAYOR') || p.roles.includes('PARTY_GROUP_MEMBER'))
      .map((p) => [p.id, `${p.name}（${p.title}）`]);
    const units = [...dir.units.values()].filter((u) => u.id !== f.leadUnitId && u.kind !== 'LEADERSHIP');
    const normative = isNormative(f);
    const needsInterp = normative || f.needsInterpretation;
    const count = explanationLength(f.explanation);
    return html`
      <div class="page-head">
        <h1>${this.topic ? f.name || t('newTopic') : t('newTopic')}
          ${this.topic ? chip(this.topic.status, topicStatus(this.topic.status)) : nothing}</h1>
        ${this.topic ? html`<button type="button" id="form-pdf" class="link"
          @click=${() => download(`topics/${this.id}/form.pdf`, (f.name || 'topic') + '.pdf').catch((e) => { this.error = e; this.update(); })}>
          ${L('下载填报表（PDF）', 'The form as PDF')}</button>` : nothing}
        <p><a href="#/topics">${t('myTopics')}</a></p>
      </div>
      ${problemSummary(this.problems, labelOf)}
      ${this.message ? html`<p class="ok" role="status" id="form-message">${this.message}</p>` : nothing}
      ${errorBox(this.error)}
      ${ro ? html`<p class="note">${t('readOnly')}</p>` : nothing}
      <form class="topic-form" @submit=${(e) => e.preventDefault()} novalidate>
        <h2 class="form-title"><small>${t('annex')}</small>${t('formTitle')}</h2>
        <div class="form-table" role="group" aria-label=${t('formTitle')}>
          ${this.row('name', labelOf('name'), 'F1', this.control('name', 'F1'))}
          ${this.row('category', labelOf('category'), categoryClauseOf(f.category), this.control('category', 'T', 'select', {
            options: CATEGORIES.map(([v, code]) => [v, `${code} ${categoryName(v)}`]),
          }))}
          ${f.category === 'NORMATIVE_DOCUMENT' ? this.row('policyDocumentKind', labelOf('policyDocumentKind'), 'T4', this.control('policyDocumentKind', 'T4', 'select', {
            options: [['NORMATIVE_DOCUMENT', L('行政规范性文件（须社会公开程序、合法性审核和政策解读）', 'Administrative normative document')],
              ['OTHER_POLICY_DOCUMENT', L('其他政策文件', 'Another policy document')]],
          })) : nothing}
          ${this.row('reporterId', labelOf('reporterId'), 'F2', this.control('reporterId', 'F2', 'select', { options: reporters }),
            html`<p class="rule"><span class="clause">D1</span> ${clauseText('D1')}</p>`)}
          ${this.row('attendingUnitIds', L('牵头单位、列席单位', 'Lead and attending units'), 'F3', html`
            <p class="lead-unit">${labelOf('leadUnitId')}：<strong>${unitName(dir, f.leadUnitId)}</strong></p>
            <select id=${fieldId('attendingUnitIds')} multiple size="5" ?disabled=${ro} aria-describedby=${this.describedBy('attendingUnitIds', 'F3')}
              @change=${(e) => this.input('attendingUnitIds', [...e.target.selectedOptions].map((o) => o.value))}>
              ${units.map((u) => html`<option value=${u.id} ?selected=${(f.attendingUnitIds || []).includes(u.id)}>${u.name}</option>`)}
            </select>`)}
          ${this.row('supervisorId', labelOf('supervisorId'), 'S1', this.control('supervisorId', 'S1', 'select', { options: supervisors }),
            f.supervisorId && f.supervisorId !== f.defaultSupervisorId
              ? html`<label for=${fieldId('supervisorReason')}>${labelOf('supervisorReason')}</label>${this.control('supervisorReason', 'S1')}${fieldErrors(this.problems, 'supervisorReason')}`
              : nothing)}
          <div class="row flags">
            <div class="label">${L('事项性质', 'Nature of the matter')}</div>
            <div class="value wide">
              ${this.flag('fiscal', 'S5', L('涉及重大财政资金安排、融资和债务管理', 'Major fiscal spending, financing or debt'))}
              ${this.flag('normativeDocument', 'S4', L('行政规范性文件（须社会公开程序、合法性审核和政策解读）', 'Administrative normative document (public consultation, legality review, interpretation)'))}
              ${this.flag('needsInterpretation', 'P2', L('其他需进行政策解读的政策性文件', 'Another policy needing an interpretation'))}
              ${this.flag('partyCommitteeRemit', 'S6', L('符合区委常委会议事范围', "Within the party committee standing committee's remit"))}
              ${this.flag('urgent', 'S3', L('突发事件等紧急事项（须说明理由，经区长确认）', 'Emergency (with its reason, confirmed by the mayor)'))}
              ${f.urgent ? html`<label for=${fieldId('urgentReason')}>${labelOf('urgentReason')}</label>${this.control('urgentReason', 'S3', 'area', { rows: 2 })}${fieldErrors(this.problems, 'urgentReason')}` : nothing}
            </div>
          </div>
          ${consultationRows(this)}
          ${this.signatureRow('F4', L('是否已充分征求相关部门意见（牵头部门主要负责人签字确认）', 'Consulted with the units concerned (lead department head signs)'))}
          ${f.fiscal ? this.signatureRow('F5', L('如涉及重大财政资金安排、融资及债务管理等事项，须由区财政局、常务副区长审核', 'Fiscal review by the Finance Bureau and the executive vice-mayor')) : nothing}
          ${normative ? this.signatureRow('F6', L('如涉及规范性文件及其他法律性较强的事项，须由区司法局审核把关', 'Legality review by the Justice Bureau')) : nothing}
          ${this.signatureRow('F7', L('是否已经分管副区长审阅（分管副区长签字确认）', 'Read by the supervising vice-mayor (signs)'))}
          ${this.signatureRow('F8', L('上会议题是否程序完备、条件具备、材料规范（区政府办主任签字确认）', 'Procedure complete, conditions met, materials in order (Office director signs)'))}
          <div class="row" data-field="toPartyCommittee">
            <div class="label" id="f-toPartyCommittee-label">${L('是否须提交区委常委会', "Must it go to the party committee's standing committee")}</div>
            <div class="value" role="radiogroup" aria-labelledby="f-toPartyCommittee-label">
              <label class="inline"><input type="radio" name="toPartyCommittee" id="f-toPartyCommittee-yes" ?disabled=${ro}
                .checked=${live(!!f.toPartyCommittee)} @change=${() => this.input('toPartyCommittee', true)}> ${t('yes')}</label>
              <label class="inline"><input type="radio" name="toPartyCommittee" id="f-toPartyCommittee" ?disabled=${ro}
                .checked=${live(!f.toPartyCommittee)} @change=${() => this.input('toPartyCommittee', false)}> ${t('no')}</label>
            </div>
            <div class="why"><span class="clause">F9</span> ${clauseText('F9')}</div>
          </div>
        </div>

        <h2>${L('会议材料', 'Materials')} <small>${clauseBadge('P1')}</small></h2>
        <div class="form-table">
          ${this.row('implementationOpinion', L('实施意见（办法、情况汇报等）', 'Implementation opinion (measures, situation report)'), 'P1', this.control('implementationOpinion', 'P1', 'area', { rows: 4 }))}
          ${this.row('explanation.background', labelOf('explanation.background'), 'P3', this.control('explanation.background', 'P3', 'area'))}
          ${this.row('explanation.process', labelOf('explanation.process'), 'P3', this.control('explanation.process', 'P3', 'area'))}
          ${this.row('explanation.content', labelOf('explanation.content'), 'P3', this.control('explanation.content', 'P3', 'area'))}
          ${this.row('explanation.questions', labelOf('explanation.questions'), 'P3', this.control('explanation.questions', 'P3', 'area'),
            html`<p class="counter ${count > EXPLANATION_LIMIT ? 'late' : ''}" id="explanation-count" aria-live="polite">${t('chars', { n: count })}</p>
            ${fieldErrors(this.problems, 'explanation')}`)}
          ${needsInterp ? html`
            <h3 class="section" id="interpretation">${labelOf('interpretation')} ${clauseBadge('P2')}</h3>
            ${INTERPRETATION_PARTS.map((k) =>
              this.row('interpretation.' + k, labelOf('interpretation.' + k), 'P2', this.control('interpretation.' + k, 'P2', 'area', { rows: 2 })))}` : nothing}
          ${normative ? html`
            <h3 class="section">${labelOf('publicConsultation')} ${clauseBadge('S4')}</h3>
            ${this.row('publicConsultation.from', labelOf('publicConsultation.from'), 'S4', this.control('publicConsultation.from', 'S4', 'date'))}
            ${this.row('publicConsultation.to', labelOf('publicConsultation.to'), 'S4', this.control('publicConsultation.to', 'S4', 'date'))}
            ${this.row('publicConsultation.channel', labelOf('publicConsultation.channel'), 'S4', this.control('publicConsultation.channel', 'S4'))}
            ${this.row('publicConsultation.comments', labelOf('publicConsultation.comments'), 'S4', this.control('publicConsultation.comments', 'S4', 'number', { min: 0 }))}
            ${this.row('publicConsultation.handling', labelOf('publicConsultation.handling'), 'S4', this.control('publicConsultation.handling', 'S4', 'area', { rows: 2 }))}` : nothing}
          ${inPartyRemit(f) ? html`
            <h3 class="section">${labelOf('partyPreReport')} ${clauseBadge('S6')}</h3>
            ${this.row('partyPreReport.reportedBy', labelOf('partyPreReport.reportedBy'), 'S6', this.control('partyPreReport.reportedBy', 'S6'))}
            ${this.row('partyPreReport.reportedOn', labelOf('partyPreReport.reportedOn'), 'S6', this.control('partyPreReport.reportedOn', 'S6', 'date'))}
            ${this.row('partyPreReport.result', labelOf('partyPreReport.result'), 'S6', this.control('partyPreReport.result', 'S6', 'area', { rows: 2 }))}` : nothing}
          ${this.row('meetingId', labelOf('meetingId'), 'S9', this.control('meetingId', 'S9', 'select', {
            placeholder: t('anyMeeting'),
            options: this.meetings.map((m) => [m.id, `${t('meetingNo', { n: m.number })} ${fmtTime(m.scheduledAt)}`]),
          }))}
        </div>
        ${filesView(this)}
        ${this.editable() ? html`<div class="buttons sticky">
          <button type="button" id="save" ?disabled=${!!this.busy} @click=${() => this.act('save', () => this.save())}>${this.busy === 'save' ? t('busy') : t('save')}</button>
          <button type="button" id="check" ?disabled=${!!this.busy} @click=${() => this.runCheck()}>${t('check')}</button>
          <button type="button" id="submit" class="primary" ?disabled=${!!this.busy} @click=${() => this.submit()}>${this.busy === 'submit' ? t('busy') : t('submit')}</button>
        </div>` : nothing}
      </form>
      ${this.topic ? html`<section class="card">${chainView(this.chains, dir)}</section>` : nothing}
      ${topicActs(this)}
      ${this.topic && ['IN_REVIEW', 'RETURNED', 'READY', 'DRAFT'].includes(this.topic.status) && this.topic.form.leadUnitId === this.me.unitId
        ? html`<section class="card withdraw"><h3>${t('withdraw')}</h3>
          <label for="withdraw-reason">${t('reason')}</label><input id="withdraw-reason">
          <button type="button" id="withdraw" class="danger" ?disabled=${!!this.busy} @click=${() => this.withdraw()}>${t('withdraw')}</button></section>`
        : nothing}`;
  }
}

function categoryClauseOf(value) {
  const c = CATEGORIES.find((x) => x[0] === value);
  return c ? c[1] : null;
}

