// 会议当天: the meeting-day console. The agenda with the law study first; the roster with sign-in one
// click per person, late arrivals, leave and delegates, departures; the quorum shown large and
// kept current on every screen by polling the meeting's pulse (GET /meetings/{id}/pulse, 304
// while nothing moved); per topic the report timer with its limit, each attendee's position (who
// is still silent, D2) and the chair's decision with its requirements.

import { html, nothing, rule, clauseBadge, errorBox, announce, personName, personTitle, unitName, chip } from '../ui.js';
import { api, directory, holds } from '../api.js';
import { t, L, fmtTime, today } from '../i18n.js';
import { meetingStatus, rosterKind, outcomeName, OUTCOME_VALUES } from '../rules.js';
import { Page } from './page.js';
import { Preparation } from './prepare.js';
import { leaveView } from './leave.js';
import { emergencyItem } from './emergency.js';
import { recordingView } from './recording.js';
import { quorumView } from './quorum.js';
import { download } from './files.js';

const POLL_MS = 300;

export class ConsolePage extends Page {
  constructor(id) {
    super();
    this.id = id;
    this.current = null;
    this.timer = null;
    this.requirements = [];
    this.prep = new Preparation(this);
  }

  title() {
    return this.meeting ? t('meetingNo', { n: this.meeting.number }) : t('console');
  }

  async load() {
    this.dir = await directory();
    this.meeting = await api.get('meetings/' + this.id);
    await Promise.all([this.readAgenda(), this.readDay(), this.prep.load()]);
    this.polling = true;
    this.poll();
    this.tick = setInterval(() => { if (this.timer) this.update(); }, 1000);
  }

  dispose() {
    this.polling = false;
    clearTimeout(this.pollTimer);
    clearInterval(this.tick);
  }

  async readAgenda() {
    try {
      this.agenda = await api.get(`meetings/${this.id}/agenda`);
      this.agendaError = null;
      if (!this.current) {
        const first = this.agenda.items.find((i) => i.kind === 'TOPIC');
        this.current = first ? first.topicId : null;
      }
    } catch (e) {
      this.agendaError = e;
    }
  }

  /** The roster, leave and the record: read again whenever the pulse's tag moves. */
  async readDay() {
    const [attendance, leaves, record] = await Promise.allSettled([
      api.get(`meetings/${this.id}/attendance`),
      api.get(`meetings/${this.id}/leave-requests`),
      api.get(`deliberations/${this.id}`),
    ]);
    if (attendance.status === 'fulfilled') {
      this.attendance = attendance.value;
      this.rosterError = null;
    } else {
      this.rosterError = attendance.reason;
    }
    this.leaves = leaves.status === 'fulfilled' ? leaves.value : [];
    if (record.status === 'fulfilled') {
      this.record = record.value;
      this.recordError = null;
    } else {
      this.recordError = record.reason;
    }
  }

  async poll() {
    if (!this.polling) {
      return;
    }
    try {
      const r = await api.getTagged(`meetings/${this.id}/pulse`, { headers: this.tag ? { 'If-None-Match': this.tag } : {} });
      if (r.status !== 304 && r.data) {
        const statusMoved = this.pulse && this.pulse.status !== r.data.status;
        this.pulse = r.data;
        this.tag = r.etag;
        this.update();
        if (statusMoved) {
          this.meeting = await api.get('meetings/' + this.id);
          await this.readAgenda();
        }
        await this.readDay();
        this.update();
      }
    } catch (e) {
      this.pulseError = e;
    }
    if (this.polling) {
      this.pollTimer = setTimeout(() => this.poll(), POLL_MS);
    }
  }

  async act(key, method, path, body, after) {
    this.busy = key;
    this.error = null;
    this.update();
    try {
      const out = await api.send(method, path, { body });
      if (after) {
        await after(out.data);
      }
      await this.readDay();
      announce(t('done'));
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = null;
      this.update();
    }
  }

  view() {
    const m = this.meeting;
    if (!m) {
      return html`<h1>${t('console')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const mayor = holds('MAYOR');
    const open = () => this.act('open', 'POST', `meetings/${this.id}/open`, {}, async (x) => { this.meeting = x; });
    const close = () => this.act('close', 'POST', `meetings/${this.id}/close`, {}, async (x) => { this.meeting = x; });
    return html`<div class="page-head console-head">
        <h1>${t('meetingNo', { n: m.number })} ${chip(m.status, meetingStatus((this.pulse && this.pulse.status) || m.status))}</h1>
        <p>${t('scheduled')}：${fmtTime(m.openedAt || m.scheduledAt)}　${t('venue')}：${m.venue || ''}</p>
        ${this.agenda ? html`<button type="button" id="agenda-pdf" class="link"
          @click=${() => download(`meetings/${this.id}/agenda.pdf`, t('meetingNo', { n: m.number }) + '.pdf').catch((e) => { this.error = e; this.update(); })}>
          ${L('议程（PDF）', 'Agenda as PDF')}</button>` : nothing}
        <a href=${`#/meetings/${this.id}/compliance`} id="compliance-link">${L('合规审查', 'Compliance report')}</a>
        ${mayor && (m.status === 'PLANNED' || m.status === 'NOTIFIED')
          ? html`<button type="button" class="primary" id="open-meeting" ?disabled=${!!this.busy} @click=${open}>${t('openMeeting')}</button>` : nothing}
        ${mayor && m.status === 'IN_SESSION'
          ? html`<button type="button" id="close-meeting" ?disabled=${!!this.busy} @click=${close}>${t('closeMeeting')}</button>` : nothing}
      </div>
      ${errorBox(this.error)}
      ${this.prep.view()}
      ${quorumView(this)}
      ${leaveView(this)}
      ${recordingView(this)}
      <div class="console">
        <section class="card roster-card" aria-labelledby="roster-title">
          <h2 id="roster-title">${t('roster')} ${clauseBadge('M4')}</h2>
          ${this.rosterView()}
        </section>
        <section class="card agenda-card" aria-labelledby="agenda-title">
          <h2 id="agenda-title">${t('agenda')} ${clauseBadge('T1')}</h2>
          ${this.agendaView()}
        </section>
      </div>
      ${this.current ? this.deliberationView() : nothing}`;
  }

  rosterView() {
    if (this.rosterError && !this.attendance) {
      return errorBox(this.rosterError);
    }
    if (!this.attendance) {
      return html`<p>${t('loading')}</p>`;
    }
    const office = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF');
    const dir = this.dir;
    const leaves = (this.leaves || []).filter((l) => l.state === 'APPROVED' || l.state === 'PENDING');
    const inSessionOrBefore = ['PLANNED', 'NOTIFIED', 'IN_SESSION'].includes(this.meeting.status);
    return html`<table class="roster" id="roster">
        <thead><tr><th scope="col">${L('姓名', 'Name')}</th><th scope="col">${L('身份', 'As')}</th><th scope="col">${t('state')}</th>
          <th scope="col"><span class="visually-hidden">${L('操作', 'Acts')}</span></th></tr></thead>
        <tbody>${this.attendance.roster.map((r) => html`<tr data-person=${r.personId} data-state=${r.state}>
          <th scope="row">${personTitle(dir, r.personId)}</th>
          <td>${rosterKind(r.kind)}${r.delegateFor ? html`（${t('delegateFor', { name: personName(dir, r.delegateFor) })}）` : nothing}</td>
          <td>${this.stateView(r)}</td>
          <td>${office && inSessionOrBefore && r.state === 'EXPECTED'
            ? html`<button type="button" class="sign-in" data-person=${r.personId} ?disabled=${this.busy === 'in-' + r.personId}
                aria-label=${t('signIn') + ' ' + personName(dir, r.personId)}
                @click=${() => this.act('in-' + r.personId, 'POST', `meetings/${this.id}/sign-ins`, { personId: r.personId })}>${t('signIn')}</button>`
            : office && this.meeting.status === 'IN_SESSION' && r.state === 'SIGNED_IN'
              ? html`<button type="button" class="depart" data-person=${r.personId} ?disabled=${this.busy === 'out-' + r.personId}
                  aria-label=${t('depart') + ' ' + personName(dir, r.personId)}
                  @click=${() => this.act('out-' + r.personId, 'POST', `meetings/${this.id}/departures`, { personId: r.personId })}>${t('depart')}</button>`
              : nothing}</td>
        </tr>`)}</tbody>
      </table>
      ${leaves.length ? html`<h3>${t('leaveRequests')} ${clauseBadge('K1')}</h3><ul class="plain leaves">
        ${leaves.map((l) => html`<li>${personName(dir, l.personId)}：${l.kind === 'ABSENCE' ? L('请假', 'absence') : L('中途离场', 'leaving early')}（${l.reason}）
          ${l.delegateId ? html`，${t('delegate')} ${personName(dir, l.delegateId)}` : nothing}
          ${chip(l.state, l.state === 'APPROVED' ? t('approved') : t('pending'))}</li>`)}</ul>` : nothing}`;
  }

  stateView(r) {
    switch (r.state) {
      case 'SIGNED_IN':
        return html`${chip('signed_in', t('signedIn'))} ${fmtTime(r.signedInAt).slice(-5)}
          ${r.late ? chip('late', t('late')) : nothing}`;
      case 'ON_LEAVE':
        return chip('on_leave', t('onLeave'));
      case 'LEFT':
        return html`${chip('left', t('left'))} ${fmtTime(r.leftAt).slice(-5)}`;
      default:
        return chip('expected', t('expected'));
    }
  }

  agendaView() {
    if (this.agendaError) {
      return errorBox(this.agendaError);
    }
    if (!this.agenda) {
      return html`<p>${t('loading')}</p>`;
    }
    const dir = this.dir;
    return html`<ol class="agenda" id="agenda">
      ${this.agenda.items.map((i) => i.kind === 'TOPIC'
        ? html`<li data-kind="TOPIC" data-topic=${i.topicId}>
            <button type="button" class="agenda-item ${this.current === i.topicId ? 'selected' : ''}"
              aria-pressed=${this.current === i.topicId ? 'true' : 'false'} @click=${() => { this.current = i.topicId; this.timer = null; this.update(); }}>
              <span class="title">${i.title}</span>
              <span class="meta">${t('reporter')}：${personName(dir, i.reporterId)}　${t('limit')} ${t('minutesShort', { n: i.timeLimitMinutes })}
                ${this.decisionOf(i.topicId) ? chip('decided', t('decided')) : nothing}</span>
            </button></li>`
        : i.kind === 'EMERGENCY_REPORT'
          ? emergencyItem(this, i)
          : html`<li data-kind=${i.kind} class="law-study"><span class="title">${i.title}</span>
            ${i.kind === 'LAW_STUDY' ? rule('T1') : nothing}</li>`)}
    </ol>
    ${(this.agenda.deferred || []).length ? html`<p class="muted">${L('暂缓', 'Deferred')}：${this.agenda.deferred.map((d) => html`${d.title}（${clauseBadge(d.clause)}）`)}</p>` : nothing}`;
  }

  decisionOf(topicId) {
    const d = (this.record || []).find((x) => x.topicId === topicId);
    return d && d.decision;
  }

  deliberationView() {
    const item = this.agenda && this.agenda.items.find((i) => i.topicId === this.current);
    if (!item) {
      return nothing;
    }
    if (this.recordError) {
      return html`<section class="card deliberation"><h2>${t('deliberation')}：${item.title}</h2>
        <p class="note">${t('noAccessRecord')}</p></section>`;
    }
    // The record of an item begins with its first report or position; until then everyone present
    // is still silent (D2).
    const d = (this.record || []).find((x) => x.topicId === this.current) || {
      topicId: item.topicId, title: item.title, reporterId: item.reporterId, timeLimitMinutes: item.timeLimitMinutes,
      positions: [], awaiting: ((this.attendance && this.attendance.roster) || []).filter((r) => r.state === 'SIGNED_IN').map((r) => r.personId),
    };
    return html`<section class="card deliberation" id="deliberation" data-topic=${d.topicId} aria-labelledby="delib-title">
      <h2 id="delib-title">${t('deliberation')}：${d.title}</h2>
      <div class="delib-grid">
        <div>${this.reportView(d, item)}</div>
        <div>${this.positionsView(d)}</div>
      </div>
      ${this.decisionView(d)}
    </section>`;
  }

  reportView(d, item) {
    const secretariat = holds('SECRETARIAT');
    const inSession = this.meeting.status === 'IN_SESSION' && !d.decision;
    const limitMs = (d.timeLimitMinutes || item.timeLimitMinutes) * 60000;
    let timerView = nothing;
    if (this.timer) {
      const ms = Date.now() - this.timer;
      const over = ms > limitMs;
      timerView = html`<p class="timer ${over ? 'over' : ''}" id="report-timer" role="timer" aria-live="off">
        ${clock(ms)} <small>/ ${clock(limitMs)}</small> ${over ? chip('overrun', t('overrun')) : nothing}</p>`;
    }
    const start = () => { this.timer = Date.now(); this.update(); };
    const stop = () => {
      const startedAt = new Date(this.timer).toISOString();
      const endedAt = new Date().toISOString();
      this.timer = null;
      this.act('report', 'POST', `deliberations/${this.id}/${d.topicId}/report`, { startedAt, endedAt });
    };
    return html`<h3>${t('report')} ${clauseBadge('D1')}</h3>
      <p>${t('reporter')}：${personTitle(this.dir, d.reporterId || item.reporterId)}　${t('limit')} ${t('minutesShort', { n: d.timeLimitMinutes || item.timeLimitMinutes })}</p>
      ${d.reportStartedAt ? html`<p id="report-recorded">${t('reported')}：${fmtTime(d.reportStartedAt).slice(-5)}–${fmtTime(d.reportEndedAt).slice(-5)}
        ${d.overrun ? chip('overrun', t('overrun')) : nothing}</p>` : nothing}
      ${timerView}
      ${secretariat && inSession ? html`<div class="buttons">
        ${this.timer
          ? html`<button type="button" id="stop-report" class="primary" @click=${stop}>${t('stopReport')}</button>`
          : html`<button type="button" id="start-report" ?disabled=${!!this.busy} @click=${start}>${t('startReport')}</button>`}
      </div>` : nothing}
      ${rule('D1')}`;
  }

  positionsView(d) {
    const secretariat = holds('SECRETARIAT');
    const canRecord = secretariat && this.meeting.status === 'IN_SESSION' && !d.decision;
    const dir = this.dir;
    const stated = new Map((d.positions || []).map((p) => [p.personId, p]));
    const people = [...new Set([...(d.positions || []).map((p) => p.personId), ...(d.awaiting || [])])];
    const say = (personId, kind) => {
      const body = { personId, kind };
      if (kind === 'OPINION') {
        const box = document.getElementById('opinion-' + personId);
        body.opinion = box ? box.value.trim() : '';
      }
      this.act('pos-' + personId, 'POST', `deliberations/${this.id}/${d.topicId}/positions`, body);
    };
    return html`<h3>${t('positions')} ${clauseBadge('D2')}
        <span class="count ${d.awaiting && d.awaiting.length ? 'warn' : 'good'}" id="awaiting-count">
          ${d.awaiting && d.awaiting.length ? t('positionsOf', { n: d.awaiting.length }) : t('allStated')}</span></h3>
      <ul class="positions" id="positions">
        ${people.map((id) => {
          const p = stated.get(id);
          return html`<li data-person=${id} class=${p ? 'stated' : 'silent'}>
            <span class="who">${personTitle(dir, id)}</span>
            ${p ? html`<span>${p.kind === 'NO_OBJECTION' ? chip('no_objection', t('noObjection')) : html`${chip('opinion', t('opinion'))} ${p.opinion}`}</span>`
              : html`<span>${chip('awaiting', t('awaiting'))}</span>
                ${canRecord ? html`<span class="position-acts">
                  <button type="button" class="no-objection" data-person=${id} ?disabled=${this.busy === 'pos-' + id}
                    aria-label=${t('noObjection') + ' ' + personName(dir, id)} @click=${() => say(id, 'NO_OBJECTION')}>${t('noObjection')}</button>
                  <label class="visually-hidden" for=${'opinion-' + id}>${t('opinionText')} ${personName(dir, id)}</label>
                  <input id=${'opinion-' + id} class="opinion-text" placeholder=${t('opinionText')}>
                  <button type="button" class="opinion" data-person=${id} ?disabled=${this.busy === 'pos-' + id}
                    @click=${() => say(id, 'OPINION')}>${t('opinion')}</button></span>` : nothing}`}
          </li>`;
        })}
      </ul>
      ${rule('D2')}`;
  }

  decisionView(d) {
    const dir = this.dir;
    if (d.decision) {
      const x = d.decision;
      return html`<div class="decided" id="decision" data-outcome=${x.outcome}>
        <h3>${t('decision')} ${clauseBadge('D3')}</h3>
        <p class="outcome">${chip(x.outcome, outcomeName(x.outcome))} ${personName(dir, x.decidedBy)} ${fmtTime(x.decidedAt)}</p>
        ${x.revisions ? html`<p>${t('revisions')}：${x.revisions}</p>` : nothing}
        ${(x.requirements || []).length ? html`<ul class="plain">${x.requirements.map((r) => html`<li>${r.what}（${(r.unitIds || []).map((u) => unitName(dir, u)).join('、')}，${r.due}）</li>`)}</ul>` : nothing}
      </div>`;
    }
    if (!holds('MAYOR') || this.meeting.status !== 'IN_SESSION') {
      return html`<p class="muted">${t('chairOnly')}</p>`;
    }
    const units = [...dir.units.values()].filter((u) => u.kind !== 'LEADERSHIP');
    const reqs = this.requirements;
    const add = () => { reqs.push({ what: '', unitIds: [], due: '' }); this.update(); };
    const decide = () => {
      const outcome = document.getElementById('outcome').value;
      const revisions = document.getElementById('revisions').value.trim();
      const body = {
        outcome,
        revisions: revisions || null,
        requirements: reqs.filter((r) => r.what.trim()).map((r) => ({ what: r.what.trim(), unitIds: r.unitIds, due: r.due || null })),
      };
      this.act('decide', 'POST', `deliberations/${this.id}/${d.topicId}/decision`, body, async () => { this.requirements = []; });
    };
    const silent = d.awaiting && d.awaiting.length;
    return html`<div class="decide" id="decide-form">
      <h3>${t('decision')} ${clauseBadge('D3')}</h3>
      <label for="outcome">${t('outcome')}</label>
      <select id="outcome">${OUTCOME_VALUES.map((o) => html`<option value=${o}>${outcomeName(o)}</option>`)}</select>
      <label for="revisions">${t('revisions')}</label>
      <textarea id="revisions" rows="2"></textarea>
      <fieldset class="requirements"><legend>${t('requirements')} ${clauseBadge('I1')}</legend>
        ${reqs.map((r, i) => html`<div class="requirement">
          <label for=${'req-what-' + i}>${t('what')}</label>
          <input id=${'req-what-' + i} .value=${r.what} @input=${(e) => { r.what = e.target.value; }}>
          <label for=${'req-units-' + i}>${t('units')}</label>
          <select id=${'req-units-' + i} multiple size="3" @change=${(e) => { r.unitIds = [...e.target.selectedOptions].map((o) => o.value); }}>
            ${units.map((u) => html`<option value=${u.id} ?selected=${r.unitIds.includes(u.id)}>${u.name}</option>`)}</select>
          <label for=${'req-due-' + i}>${t('dueDate')}</label>
          <input id=${'req-due-' + i} type="date" min=${today()} .value=${r.due} @input=${(e) => { r.due = e.target.value; }}>
        </div>`)}
        <button type="button" id="add-requirement" @click=${add}>${t('addRequirement')}</button>
      </fieldset>
      ${silent ? html`<p class="warn-text" id="decide-blocked">${clauseBadge('D2')} ${t('positionsOf', { n: d.awaiting.length })}</p>` : nothing}
      <button type="button" class="primary" id="decide" ?disabled=${!!this.busy} @click=${decide}>${this.busy === 'decide' ? t('busy') : t('decide')}</button>
      ${rule('D3')}
    </div>`;
  }
}

function clock(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

