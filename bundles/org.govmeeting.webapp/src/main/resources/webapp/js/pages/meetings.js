// 会议: the meetings in order of their number, each opening on its meeting-day console; after a
// meeting the secretariat drafts its minutes from here.

import { html, nothing, errorBox, chip, announce, rule } from '../ui.js';
import { api, holds } from '../api.js';
import { t, L, fmtTime, fromDistrictClock } from '../i18n.js';
import { meetingStatus } from '../rules.js';
import { Page } from './page.js';

export class MeetingsPage extends Page {
  title() {
    return t('meetings');
  }

  async load() {
    const [all, minutes] = await Promise.all([api.get('meetings?limit=100'), api.get('minutes').catch(() => [])]);
    this.meetings = all.sort((a, b) => b.number - a.number);
    // The minutes the caller may read, by meeting (K3: the API lists only those).
    this.minutesOf = new Map(minutes.map((x) => [x.meetingId, x.id]));
  }

  async draft(m) {
    this.busy = 'draft-' + m.id;
    this.error = null;
    this.update();
    try {
      const minutes = await api.post('minutes', { meetingId: m.id });
      announce(t('done'));
      location.hash = '#/minutes/' + minutes.id;
    } catch (e) {
      this.error = e;
      const drafted = e.status === 409 && (await api.get('minutes?meeting=' + m.id).catch(() => []))[0];
      if (drafted) {
        location.hash = '#/minutes/' + drafted.id;
      }
    } finally {
      this.busy = null;
      this.update();
    }
  }

  /** The mayor convenes (C1): the time and the cut-off as the district's clock reads them. */
  async convene() {
    const at = (id) => {
      const v = document.getElementById(id).value;
      return v ? fromDistrictClock(v) : null;
    };
    this.busy = 'convene';
    this.error = null;
    this.update();
    try {
      const m = await api.post('meetings', {
        kind: document.getElementById('meeting-kind').value,
        scheduledAt: at('meeting-at'),
        cutoff: at('meeting-cutoff'),
        venue: document.getElementById('meeting-venue').value.trim() || null,
      });
      announce(t('done'));
      location.hash = '#/meetings/' + m.id;
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = null;
      this.update();
    }
  }

  conveneView() {
    if (!holds('MAYOR')) {
      return nothing;
    }
    return html`<details class="card convene" id="convene">
      <summary>${L('召集会议', 'Convene a meeting')}</summary>
      <label for="meeting-kind">${L('会议类型', 'Kind')}</label>
      <select id="meeting-kind"><option value="REGULAR">${L('例会（每月）', 'Regular (monthly)')}</option>
        <option value="EXTRA">${L('临时会议', 'Extra')}</option></select>
      <label for="meeting-at">${L('会议时间（北京时间）', 'Time (Beijing time)')}</label>
      <input id="meeting-at" type="datetime-local">
      <label for="meeting-cutoff">${L('议题报送截止（北京时间）', 'Cut-off for topics (Beijing time)')}</label>
      <input id="meeting-cutoff" type="datetime-local">
      <label for="meeting-venue">${t('venue')}</label>
      <input id="meeting-venue" value="区政府三楼常务会议室">
      <div class="buttons"><button type="button" class="primary" id="convene-meeting" ?disabled=${!!this.busy}
        @click=${() => this.convene()}>${L('召集', 'Convene')}</button></div>
      ${rule('C1')}${rule('C3')}${rule('S9')}
    </details>`;
  }

  view() {
    const secretariat = holds('SECRETARIAT');
    return html`<h1>${t('meetingList')}</h1>
      ${errorBox(this.error)}
      ${this.conveneView()}
      ${!this.meetings ? html`<p>${t('loading')}</p>` : this.meetings.length === 0 ? html`<p class="empty">${t('nothing')}</p>` : html`
      <table class="list-table" id="meetings">
        <thead><tr><th scope="col">${t('meetings')}</th><th scope="col">${t('scheduled')}</th><th scope="col">${t('venue')}</th>
          <th scope="col">${t('status')}</th><th scope="col"><span class="visually-hidden">${t('open')}</span></th></tr></thead>
        <tbody>${this.meetings.map((m) => html`<tr data-meeting=${m.id}>
          <td><a href=${'#/meetings/' + m.id}>${t('meetingNo', { n: m.number })}</a></td>
          <td>${fmtTime(m.openedAt || m.scheduledAt)}</td>
          <td>${m.venue || ''}</td>
          <td>${chip(m.status, meetingStatus(m.status))}</td>
          <td>${m.status === 'CLOSED'
            ? this.minutesOf.has(m.id)
              ? html`<a href=${'#/minutes/' + this.minutesOf.get(m.id)} class="open-minutes">${t('openMinutes')}</a>`
              : secretariat
                ? html`<button type="button" class="draft-minutes" ?disabled=${!!this.busy} @click=${() => this.draft(m)}>
                    ${this.busy === 'draft-' + m.id ? t('busy') : t('draftMinutes')}</button>`
                : nothing
            : html`<a href=${'#/meetings/' + m.id}>${t('console')}</a>`}</td>
        </tr>`)}</tbody>
      </table>`}`;
  }
}
