// 区长与办公室的办理: what is done on a topic besides its signatures. The mayor lifts a 原则上 rule for
// it (S1, S3, S7, S8), recorded with who, when and why, for the form as it stands; the mayor
// designates someone else to report it (D1); the Office or the supervising vice-mayor asks for the
// Justice Bureau's legality review of a strongly legal matter (F6). The API decides who may; the
// page offers each act to those it names and shows the record to every reader.

import { html, nothing, clauseBadge, chip, personName, personTitle, errorBox } from '../ui.js';
import { api, holds, session } from '../api.js';
import { L, fmtTime } from '../i18n.js';
import { clauseText } from '../rules.js';

const LIFTABLE = ['S1', 'S3', 'S7', 'S8'];

/** The topic's acts and their record, as a card below the review chain; nothing if none concerns the reader. */
export function topicActs(page) {
  const topic = page.topic;
  if (!topic) {
    return nothing;
  }
  const dir = page.dir;
  const mayor = holds('MAYOR');
  const asker = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF') || session().me.person.id === topic.supervisorId;
  const overrides = topic.overrides || [];
  const designation = topic.reporterDesignation;
  const legal = topic.legalReviewRequest;
  const open = !['WITHDRAWN', 'SETTLED', 'REJECTED', 'DECIDED'].includes(topic.status);
  if (!mayor && !asker && !overrides.length && !designation && !legal) {
    return nothing;
  }
  return html`<section class="card topic-acts" id="topic-acts" aria-labelledby="topic-acts-title">
    <h3 id="topic-acts-title">${L('区长与办公室的办理', "The mayor's and the Office's acts")}</h3>
    ${page.error ? errorBox(page.error) : nothing}
    ${overrides.length ? html`<h4>${L('例外批准', 'Rules lifted')}</h4><ul class="plain" id="overrides">
      ${overrides.map((o) => html`<li data-clause=${o.clause} data-in-force=${String(o.inForce)}>${clauseBadge(o.clause)}
        ${personName(dir, o.grantedBy)} ${fmtTime(o.grantedAt)}：${o.reason}
        （${L('第', 'version ')}${o.topicVersion}${L('版', '')}${o.meetingId ? html`，${L('会议', 'meeting')} ${o.meetingId}` : nothing}）
        ${o.inForce ? chip('in_force', L('有效', 'in force')) : html`${chip('lapsed', L('已失效', 'lapsed'))} ${L(o.lapsed, o.lapsedEnglish)}`}</li>`)}
      </ul>` : nothing}
    ${designation ? html`<p id="designation">${clauseBadge('D1')} ${L('区长指定汇报人', 'Reporter designated by the mayor')}：
      ${personTitle(dir, designation.personId)}（${personName(dir, designation.designatedBy)} ${fmtTime(designation.designatedAt)}：${designation.reason}）</p>` : nothing}
    ${legal ? html`<p id="legal-request">${clauseBadge('F6')} ${L('已提请合法性审核', 'Legality review asked for')}：
      ${personName(dir, legal.askedBy)} ${fmtTime(legal.askedAt)}：${legal.reason}</p>` : nothing}
    ${mayor && open ? liftForm(page) : nothing}
    ${mayor && open ? designateForm(page) : nothing}
    ${asker && !legal && topic.status === 'IN_REVIEW' ? legalForm(page) : nothing}
  </section>`;
}

function liftForm(page) {
  return html`<fieldset class="act"><legend>${L('批准例外（原则上条款）', 'Lift a 原则上 rule')}</legend>
    <label for="override-clause">${L('条款', 'Clause')}</label>
    <select id="override-clause">${LIFTABLE.map((c) => html`<option value=${c}>${c} ${clauseText(c).slice(0, 24)}…</option>`)}</select>
    <label for="override-reason">${L('理由', 'Reason')}</label><input id="override-reason">
    <button type="button" id="lift" ?disabled=${!!page.busy}
      @click=${() => send(page, 'lift', 'overrides', { clause: value('override-clause'), reason: value('override-reason') })}>${L('批准例外', 'Lift')}</button>
  </fieldset>`;
}

function designateForm(page) {
  const people = [...page.dir.people.values()];
  return html`<fieldset class="act"><legend>${clauseBadge('D1')} ${L('指定汇报人', 'Designate the reporter')}</legend>
    <label for="designate-person">${L('汇报人', 'Reporter')}</label>
    <select id="designate-person">${people.map((p) => html`<option value=${p.id}>${p.name}（${p.title || ''}）</option>`)}</select>
    <label for="designate-reason">${L('理由', 'Reason')}</label><input id="designate-reason">
    <button type="button" id="designate" ?disabled=${!!page.busy}
      @click=${() => send(page, 'designate', 'reporter-designations', { personId: value('designate-person'), reason: value('designate-reason') })}>${L('指定', 'Designate')}</button>
  </fieldset>`;
}

function legalForm(page) {
  return html`<fieldset class="act"><legend>${clauseBadge('F6')} ${L('提请合法性审核（其他法律性较强的事项）', 'Ask for the legality review')}</legend>
    <label for="legal-reason">${L('理由', 'Reason')}</label><input id="legal-reason">
    <button type="button" id="ask-legal" ?disabled=${!!page.busy}
      @click=${() => send(page, 'legal', 'legal-review-requests', { reason: value('legal-reason') })}>${L('提请审核', 'Ask')}</button>
  </fieldset>`;
}

function value(id) {
  const el = document.getElementById(id);
  return el ? el.value.trim() : '';
}

/** One act on the topic; the topic and its chain are read again after it, the problems shown if refused. */
function send(page, key, path, body) {
  return page.act(key, async () => {
    await api.post(`topics/${page.id}/${path}`, body);
    const r = await api.getTagged('topics/' + page.id);
    page.topic = r.data;
    page.etag = r.etag;
    page.chains = await api.get(`topics/${page.id}/reviews`);
    page.problems = [];
    page.message = L('已办理', 'Done');
  });
}
