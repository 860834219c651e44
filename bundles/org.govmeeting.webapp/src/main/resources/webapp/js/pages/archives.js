// 归档: the Government Office files each meeting's archive (M3) — the minutes as signed, the printed
// documents, the record, attendance and discipline, every material file and the recordings'
// references — within the period it sets after the minutes are signed. What is due or overdue
// comes first; each archive can be downloaded, and filed again (a new edition) after errata. The
// Office registers where each recording of a meeting is kept; the mayor reads.

import { html, nothing, errorBox, announce, chip, personName, acting } from '../ui.js';
import { api, directory, holds } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { Page } from './page.js';
import { download } from './files.js';

const MEDIA = [['AUDIO', '录音', 'audio'], ['VIDEO', '录像', 'video']];

export class ArchivesPage extends Page {
  constructor() {
    super();
    this.recordings = new Map();
    this.open = null;
  }

  title() {
    return L('会议归档', 'Archives');
  }

  async load() {
    this.dir = await directory();
    const [due, archives, meetings] = await Promise.all([
      api.get('archives/due'), api.get('archives'), api.get('meetings?limit=100').catch(() => []),
    ]);
    this.numbers = new Map(meetings.map((m) => [m.id, m.number]));
    this.due = due;
    this.archives = archives.sort((a, b) => b.meetingId - a.meetingId);
  }

  /** An act, then the lists read again; a refusal stays on the page (acting keeps it). */
  act(key, fn) {
    return acting(this, key, async () => {
      await fn();
      await this.load();
      announce(t('done'));
    }).catch(() => {});
  }

  file(meetingId) {
    return this.act('file-' + meetingId, () => api.post('archives/' + meetingId, {}));
  }

  async showRecordings(meetingId) {
    this.open = this.open === meetingId ? null : meetingId;
    if (this.open !== null) {
      this.recordings.set(meetingId, await api.get(`archives/${meetingId}/recordings`).catch((e) => { this.error = e; return []; }));
    }
    this.update();
  }

  register(meetingId) {
    const v = (id) => (document.getElementById(id) || {}).value || '';
    const minutes = v('rec-minutes').trim();
    const body = {
      medium: v('rec-medium'),
      location: v('rec-location').trim(),
      durationMinutes: minutes ? Number(minutes) : null,
      sha256: v('rec-sha').trim() || null,
      note: v('rec-note').trim() || null,
    };
    return this.act('rec-' + meetingId, async () => {
      await api.post(`archives/${meetingId}/recordings`, body);
      this.recordings.set(meetingId, await api.get(`archives/${meetingId}/recordings`));
    });
  }

  view() {
    if (!this.archives) {
      return html`<h1>${this.title()}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const office = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF');
    return html`<h1>${this.title()}</h1>
      ${errorBox(this.error)}
      <section class="card" aria-labelledby="due-title">
        <h2 id="due-title">${L('待归档', 'Still to archive')}</h2>
        ${this.due.length ? html`<table class="list-table" id="archives-due">
          <thead><tr><th scope="col">${L('纪要', 'Minutes')}</th><th scope="col">${L('签发时间', 'Signed')}</th>
            <th scope="col">${L('归档期限', 'Due by')}</th><th scope="col">${t('state')}</th><th scope="col"><span class="visually-hidden">${L('操作', 'Acts')}</span></th></tr></thead>
          <tbody>${this.due.map((d) => html`<tr data-meeting=${d.meetingId}>
            <td>${d.documentNumber}</td><td>${fmtTime(d.minutesSignedAt)}</td><td>${fmtTime(d.dueBy)}</td>
            <td>${d.overdue ? chip('overdue', L('已逾期', 'overdue')) : chip('due_soon', L('待归档', 'due'))}</td>
            <td>${office ? html`<button type="button" class="file-archive" data-meeting=${d.meetingId} ?disabled=${!!this.busy}
              @click=${() => this.file(d.meetingId)}>${L('归档', 'File')}</button>` : nothing}</td></tr>`)}</tbody>
        </table>` : html`<p class="empty">${L('没有待归档的会议', 'Nothing due')}</p>`}
      </section>
      <section class="card" aria-labelledby="archives-title">
        <h2 id="archives-title">${L('已归档', 'Filed')}</h2>
        ${this.archives.length ? html`<table class="list-table" id="archives">
          <thead><tr><th scope="col">${L('会议', 'Meeting')}</th><th scope="col">${L('版次', 'Edition')}</th>
            <th scope="col">${L('首次归档', 'First filed')}</th><th scope="col">${L('期限', 'Due by')}</th>
            <th scope="col">${L('内容', 'Contents')}</th><th scope="col"><span class="visually-hidden">${L('操作', 'Acts')}</span></th></tr></thead>
          <tbody>${this.archives.map((a) => this.archiveRow(a, office))}</tbody>
        </table>` : html`<p class="empty">${t('nothing')}</p>`}
      </section>`;
  }

  archiveRow(a, office) {
    const open = this.open === a.meetingId;
    return html`<tr data-meeting=${a.meetingId}>
        <td>${this.numbers.has(a.meetingId) ? t('meetingNo', { n: this.numbers.get(a.meetingId) }) : a.meetingId}</td>
        <td>${L('第', 'no. ')}${a.edition}${L('版', '')}　${fmtTime(a.createdAt)}，${personName(this.dir, a.createdBy)}</td>
        <td>${fmtTime(a.firstCreatedAt)} ${a.late ? chip('late', L('逾期归档', 'filed late')) : chip('on_time', L('按期', 'on time'))}</td>
        <td>${fmtTime(a.dueBy)}</td>
        <td>${L(`材料文件${a.materialFiles}个，录音录像${a.recordings}项，${Math.ceil(a.size / 1024)} KB`,
          `${a.materialFiles} material files, ${a.recordings} recordings, ${Math.ceil(a.size / 1024)} KB`)}
          <br><small class="muted">SHA-256 ${(a.sha256 || '').slice(0, 16)}…</small></td>
        <td><button type="button" class="link download-archive" @click=${() => download('archives/' + a.meetingId, `archive-${a.meetingId}.zip`)
          .catch((e) => { this.error = e; this.update(); })}>${L('下载', 'Download')}</button>
          ${office ? html`<button type="button" class="file-archive" data-meeting=${a.meetingId} ?disabled=${!!this.busy}
            @click=${() => this.file(a.meetingId)}>${L('重新归档', 'File again')}</button>` : nothing}
          <button type="button" class="link show-recordings" aria-expanded=${String(open)} @click=${() => this.showRecordings(a.meetingId)}>${L('录音录像', 'Recordings')}</button></td>
      </tr>
      ${open ? html`<tr class="recordings-row"><td colspan="6">${this.recordingsView(a.meetingId, office)}</td></tr>` : nothing}`;
  }

  recordingsView(meetingId, office) {
    const list = this.recordings.get(meetingId) || [];
    return html`<div id="recordings">
      ${list.length ? html`<ul class="plain">${list.map((r) => html`<li data-recording=${r.id}>
        ${r.medium === 'VIDEO' ? L('录像', 'video') : L('录音', 'audio')}：${r.location}${r.durationMinutes ? html`，${r.durationMinutes}${L('分钟', ' min')}` : nothing}
        ${r.note ? html`（${r.note}）` : nothing} — ${personName(this.dir, r.registeredBy)} ${fmtTime(r.registeredAt)}</li>`)}</ul>`
        : html`<p class="empty">${L('尚未登记录音录像', 'No recording registered')}</p>`}
      ${office ? html`<fieldset class="act"><legend>${L('登记录音录像', 'Register a recording')}</legend>
        <label for="rec-medium">${L('类型', 'Medium')}</label>
        <select id="rec-medium">${MEDIA.map(([v, zh, en]) => html`<option value=${v}>${L(zh, en)}</option>`)}</select>
        <label for="rec-location">${L('存放位置', 'Where it is kept')}</label><input id="rec-location">
        <label for="rec-minutes">${L('时长（分钟）', 'Length (minutes)')}</label><input id="rec-minutes" type="number" min="1">
        <label for="rec-sha">${L('文件SHA-256（可选）', 'File SHA-256 (optional)')}</label><input id="rec-sha">
        <label for="rec-note">${L('备注', 'Note')}</label><input id="rec-note">
        <button type="button" id="register-recording" ?disabled=${!!this.busy} @click=${() => this.register(meetingId)}>${L('登记', 'Register')}</button>
        <p class="muted">${L('登记后重新归档，档案即包含该录音录像的登记信息', 'File the archive again to include it')}</p>
      </fieldset>` : nothing}
    </div>`;
  }
}
