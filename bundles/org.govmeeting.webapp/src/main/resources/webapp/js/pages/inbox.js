// 我的待办: everything the API says waits for the person (GET /me/inbox), each item opening on what
// they need to read, with its acts one click each and the rule they act under.

import { html, nothing, rule, clauseBadge, errorBox, announce, personName, unitName, chip } from '../ui.js';
import { api, directory, parseAct } from '../api.js';
import { t, L, fmtTime, fmtDate } from '../i18n.js';
import { minutesState, timeliness } from '../rules.js';
import { Page } from './page.js';
import { topicSummary, chainView } from './topic-view.js';

export class InboxPage extends Page {
  constructor() {
    super();
    this.inbox = null;
    this.selected = null;
    this.detail = null;
    this.reloadOnLanguage = true;
  }

  title() {
    return t('inbox');
  }

  async load() {
    this.dir = await directory();
    this.inbox = await api.get('me/inbox?limit=100');
    if (this.selected) {
      const again = this.inbox.items.find((i) => key(i) === key(this.selected));
      this.selected = again || null;
      this.detail = again ? this.detail : null;
    }
  }

  async select(item) {
    this.selected = item;
    this.detail = { loading: true };
    this.error = null;
    this.update();
    try {
      this.detail = await read(item);
    } catch (e) {
      this.detail = { error: e };
    }
    this.update();
    const panel = document.getElementById('item-detail');
    if (panel) {
      panel.focus();
    }
  }

  async act(kind, body) {
    const item = this.selected;
    const { method, path } = parseAct(item.act);
    let target = path;
    if (kind === 'return' || kind === 'reject') {
      target = path.replace(/\/sign$/, '/' + kind);
    } else if (kind === 'refuse') {
      target = path.replace(/\/approve$/, '/refuse');
    }
    this.busy = kind;
    this.error = null;
    this.update();
    try {
      await api.send(method, target, { body });
      announce(t('done'));
      this.done = t('done');
      this.selected = null;
      this.detail = null;
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = null;
      this.update();
    }
  }

  view() {
    if (!this.inbox) {
      return html`<h1>${t('inbox')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const items = this.inbox.items;
    return html`<h1>${t('inbox')} <span class="count" id="inbox-total">${this.inbox.total}</span></h1>
      ${this.done ? html`<p class="ok" role="status">${this.done}</p>` : nothing}
      <div class="split">
        <section class="list" aria-label=${t('inbox')}>
          ${items.length === 0 ? html`<p class="empty">${t('inboxEmpty')}</p>` : nothing}
          ${this.inbox.total > items.length ? html`<p class="muted" id="inbox-more">${L(`显示最新${items.length}项，共${this.inbox.total}项待办`,
            `The newest ${items.length} of ${this.inbox.total} items`)}</p>` : nothing}
          <ul class="items">
            ${items.map((i) => html`<li>
              <button type="button" class="item ${this.selected && key(this.selected) === key(i) ? 'selected' : ''}
                ${i.overdue ? 'overdue' : ''}" data-kind=${i.kind} data-topic=${i.topicId || nothing}
                data-minutes=${i.minutesId || nothing} aria-pressed=${this.selected && key(this.selected) === key(i) ? 'true' : 'false'}
                @click=${() => { this.done = null; this.select(i); }}>
                <span class="what">${i.what}</span>
                <span class="subject">${i.subject || ''}</span>
                <span class="meta">${clauseBadge(i.clause, i.basis)}
                  ${i.detail ? html`<span>${i.detail}</span>` : nothing}
                  <span>${t('since')} ${fmtTime(i.since)}</span>
                  ${i.due ? html`<span class=${i.overdue ? 'late' : ''}>${t('due')} ${fmtTime(i.due)}</span>` : nothing}
                  ${i.overdue ? chip('overdue', t('overdue')) : nothing}</span>
              </button></li>`)}
          </ul>
        </section>
        <section class="detail" id="item-detail" tabindex="-1" aria-live="polite">
          ${this.selected ? this.itemView() : nothing}
        </section>
      </div>`;
  }

  itemView() {
    const i = this.selected;
    const d = this.detail || {};
    if (d.loading) {
      return html`<p>${t('loading')}</p>`;
    }
    if (d.error) {
      return errorBox(d.error);
    }
    return html`<h2>${i.what}</h2>
      <p class="subject-line">${i.subject}</p>
      ${rule(i.clause, i.basis)}
      ${this.readView(i, d)}
      ${errorBox(this.error)}
      ${this.actView(i)}`;
  }

  readView(i, d) {
    const dir = this.dir;
    switch (i.kind) {
      case 'REVIEW_STEP':
        return html`${topicSummary(d.topic, dir)}${chainView(d.chains, dir)}
          <p><a href=${'#/topics/' + i.topicId}>${t('open')}：${d.topic.form.name}</a></p>`;
      case 'LEAVE_REQUEST': {
        const r = d.request;
        return r
          ? html`<dl class="facts"><dt>${t('requestedBy')}</dt><dd>${personName(dir, r.personId)}</dd>
              <dt>${t('reason')}</dt><dd>${r.reason}</dd>
              ${r.delegateId ? html`<dt>${t('delegate')}</dt><dd>${personName(dir, r.delegateId)}</dd>` : nothing}
              <dt>${t('since')}</dt><dd>${fmtTime(r.requestedAt)}</dd></dl>`
          : nothing;
      }
      case 'MINUTES_OPINION':
      case 'LEGAL_REVIEW':
        return html`<p>${d.minutes.documentNumber || ''} ${chip(d.minutes.state, minutesState(d.minutes.state))}</p>
          <pre class="minutes-text" tabindex="0">${d.minutes.text}</pre>`;
      case 'MINUTES_SIGNATURE':
      case 'MINUTES_ISSUE':
        return html`<p><a class="button" href=${'#/minutes/' + i.minutesId}>${t('openMinutes')}</a></p>`;
      case 'TASK': {
        const task = d.task;
        return html`<dl class="facts"><dt>${t('what')}</dt><dd>${task.what}</dd>
          <dt>${t('owner')}</dt><dd>${unitName(dir, task.ownerUnitId)}</dd>
          <dt>${t('dueDate')}</dt><dd>${fmtDate(task.due)}</dd>
          <dt>${t('timeliness')}</dt><dd>${chip(task.timeliness, timeliness(task.timeliness))}</dd></dl>`;
      }
      default:
        return i.detail ? html`<p>${i.detail}</p>` : nothing;
    }
  }

  actView(i) {
    const busy = this.busy;
    const text = () => (document.getElementById('act-comment') || {}).value || '';
    const needText = (kind, make) => () => {
      const v = text().trim();
      if (!v) {
        this.error = { message: t('needReason'), problem: { clause: i.clause } };
        this.update();
        document.getElementById('act-comment').focus();
        return;
      }
      this.act(kind, make(v));
    };
    const comment = (labelKey) => html`<label for="act-comment">${t(labelKey)}</label>
      <textarea id="act-comment" rows="3"></textarea>`;
    const btn = (kind, label, onClick, cls = '') => html`<button type="button" class=${cls} id=${'act-' + kind}
      ?disabled=${!!busy} @click=${onClick}>${busy === kind ? t('busy') : label}</button>`;
    switch (i.kind) {
      case 'REVIEW_STEP': {
        // S8: the supervisor's signature (F7) says whether the topic is theirs to settle.
        const asks = (i.basis || i.clause) === 'F7';
        const answer = () => {
          const checked = document.querySelector('input[name="act-within"]:checked');
          return checked ? checked.value === 'yes' : null;
        };
        const sign = () => {
          const within = asks ? answer() : null;
          if (asks && within === null) {
            this.error = { message: t('needAuthorityAnswer'), problem: { clause: 'S8' } };
            this.update();
            document.getElementById('act-within-no').focus();
            return;
          }
          const body = { comment: text().trim() || null };
          if (asks) {
            body.withinAuthority = within;
          }
          this.act('sign', body);
        };
        const question = asks
          ? html`<fieldset class="within"><legend>${t('withinAuthority')}</legend>
              <label><input type="radio" name="act-within" id="act-within-no" value="no"> ${t('withinNo')}</label>
              <label><input type="radio" name="act-within" id="act-within-yes" value="yes"> ${t('withinYes')}</label>
            </fieldset>`
          : nothing;
        return html`<div class="acts">${question}${comment('comment')}
          <div class="buttons">
            ${btn('sign', t('sign'), sign, 'primary')}
            ${btn('return', t('return'), needText('return', (v) => ({ reason: v })))}
            ${btn('reject', t('reject'), needText('reject', (v) => ({ reason: v })), 'danger')}
          </div></div>`;
      }
      case 'LEAVE_REQUEST':
        return html`<div class="acts">${comment('comment')}<div class="buttons">
          ${btn('approve', t('approve'), () => this.act('approve', { note: text().trim() || null }), 'primary')}
          ${btn('refuse', t('refuse'), needText('refuse', (v) => ({ note: v })), 'danger')}</div></div>`;
      case 'RECORDING_REQUEST':
        return html`<div class="acts"><div class="buttons">
          ${btn('approve', t('approve'), () => this.act('approve', {}), 'primary')}
          ${btn('refuse', t('refuse'), () => this.act('refuse', {}), 'danger')}</div></div>`;
      case 'MINUTES_OPINION':
      case 'LEGAL_REVIEW':
        return html`<div class="acts">${comment('comment')}<div class="buttons">
          ${btn('agree', t('agree'), () => this.act('agree', { agree: true, comments: text().trim() || null }), 'primary')}
          ${btn('disagree', t('disagree'), needText('disagree', (v) => ({ agree: false, comments: v })), 'danger')}</div></div>`;
      case 'TASK':
        return html`<div class="acts">${comment('progress')}
          <label for="act-percent">${t('percent')}</label>
          <input id="act-percent" type="number" min="0" max="100" step="5">
          <div class="buttons">${btn('progress', t('reportProgress'), needText('progress', (v) => ({
            text: v, percent: Number((document.getElementById('act-percent') || {}).value) || null,
          })), 'primary')}</div></div>`;
      case 'NOTICE':
        return html`<div class="acts"><div class="buttons">
          ${btn('acknowledge', t('acknowledge'), () => this.act('acknowledge', {}), 'primary')}</div></div>`;
      default:
        return nothing;
    }
  }
}

function key(i) {
  return `${i.kind}:${i.itemId}:${i.minutesId}:${i.erratumId}`;
}

/** What an item needs read before acting, from the API paths its record lives at. */
async function read(i) {
  switch (i.kind) {
    case 'REVIEW_STEP': {
      const [topic, chains] = await Promise.all([api.get('topics/' + i.topicId), api.get(`topics/${i.topicId}/reviews`)]);
      return { topic, chains };
    }
    case 'LEAVE_REQUEST': {
      const all = await api.get(`meetings/${i.meetingId}/leave-requests`);
      return { request: all.find((r) => r.id === i.itemId) };
    }
    case 'MINUTES_OPINION':
    case 'LEGAL_REVIEW':
      return { minutes: await api.get('minutes/' + i.minutesId) };
    case 'TASK':
      return { task: await api.get('tasks/' + i.itemId) };
    default:
      return {};
  }
}

