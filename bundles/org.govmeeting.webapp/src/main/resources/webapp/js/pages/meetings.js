// 会议: the meetings in order of their number, each opening on its meeting-day console; after a
// meeting the secretariat drafts its minutes from here.

import { html, nothing, errorBox, chip, announce } from '../ui.js';
import { api, holds } from '../api.js';
import { t, fmtTime } from '../i18n.js';
import { meetingStatus } from '../rules.js';
import { Page } from './page.js';
import { rememberMinutes, rememberedMinutes } from './minutes.js';

export class MeetingsPage extends Page {
  title() {
    return t('meetings');
  }

  async load() {
    const all = await api.get('meetings?limit=100');
    this.meetings = all.sort((a, b) => b.number - a.number);
  }

  async draft(m) {
    this.busy = 'draft-' + m.id;
    this.error = null;
    this.update();
    try {
      const minutes = await api.post('minutes', { meetingId: m.id });
      rememberMinutes(m.id, minutes.id);
      announce(t('done'));
      location.hash = '#/minutes/' + minutes.id;
    } catch (e) {
      this.error = e;
      if (e.status === 409 && rememberedMinutes(m.id)) {
        location.hash = '#/minutes/' + rememberedMinutes(m.id);
      }
    } finally {
      this.busy = null;
      this.update();
    }
  }

  view() {
    const secretariat = holds('SECRETARIAT');
    return html`<h1>${t('meetingList')}</h1>
      ${errorBox(this.error)}
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
            ? rememberedMinutes(m.id)
              ? html`<a href=${'#/minutes/' + rememberedMinutes(m.id)}>${t('openMinutes')}</a>`
              : secretariat
                ? html`<button type="button" class="draft-minutes" ?disabled=${!!this.busy} @click=${() => this.draft(m)}>
                    ${this.busy === 'draft-' + m.id ? t('busy') : t('draftMinutes')}</button>`
                : nothing
            : html`<a href=${'#/meetings/' + m.id}>${t('console')}</a>`}</td>
        </tr>`)}</tbody>
      </table>`}`;
  }
}
