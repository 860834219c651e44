// 督查督办 at a glance: every decision's tasks by meeting and unit with their deadlines, overdue ones
// first, and charts of timeliness per unit and per meeting (ECharts, loaded only on this page).

import { html, nothing, rule, errorBox, chip, unitName, announce, acting } from '../ui.js';
import { api, directory, holds, session } from '../api.js';
import { t, L, fmtDate, lang } from '../i18n.js';
import { timeliness, taskState } from '../rules.js';
import { Page } from './page.js';
import { download } from './files.js';

const ORDER = { OVERDUE: 0, DUE_SOON: 1, ON_TIME: 2, DONE: 3 };

let echartsLoaded = null;

/** ECharts as the web jar ships it (a script of its own, so the first page stays small). */
function echarts() {
  if (!echartsLoaded) {
    echartsLoaded = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = 'vendor/echarts/dist/echarts.common.min.js';
      s.onload = () => resolve(window.echarts);
      s.onerror = () => { echartsLoaded = null; reject(new Error('echarts')); };
      document.head.appendChild(s);
    });
  }
  return echartsLoaded;
}

export class SupervisionPage extends Page {
  constructor() {
    super();
    this.meetingFilter = '';
    this.unitFilter = '';
    this.charts = [];
    this.reloadOnLanguage = true;
  }

  title() {
    return t('supervision');
  }

  async load() {
    this.dir = await directory();
    this.meetings = await api.get('meetings?limit=100');
    await this.read();
  }

  async read() {
    const q = new URLSearchParams();
    if (this.meetingFilter) q.set('meeting', this.meetingFilter);
    if (this.unitFilter) q.set('unit', this.unitFilter);
    q.set('limit', '200');
    this.tasks = (await api.get('tasks?' + q)).items;
    this.tasks.sort((a, b) => (ORDER[a.timeliness] ?? 9) - (ORDER[b.timeliness] ?? 9) || String(a.due).localeCompare(String(b.due)));
    this.overview = null;
    if (holds('MAYOR', 'OFFICE_DIRECTOR', 'OFFICE_STAFF')) {
      const o = new URLSearchParams();
      if (this.meetingFilter) o.set('meeting', this.meetingFilter);
      if (this.unitFilter) o.set('unit', this.unitFilter);
      this.overview = await api.get('tasks/overview?' + o);
    }
    this.update();
    this.drawCharts();
  }

  dispose() {
    this.charts.forEach((c) => c.dispose());
  }

  /** An act on a task: its unit reports progress or completion, the Office accepts (I1). */
  async act(task, kind) {
    const text = (document.getElementById('task-text-' + task.id) || {}).value || '';
    const bodies = {
      progress: ['progress', { text, percent: Number((document.getElementById('task-percent-' + task.id) || {}).value) || null }],
      completion: ['completion', { text }],
      accept: ['acceptance', { accept: true, text: text || null }],
      reopen: ['acceptance', { accept: false, text }],
    };
    const [path, body] = bodies[kind];
    this.busy = kind + task.id;
    this.error = null;
    this.update();
    try {
      await api.post(`tasks/${task.id}/${path}`, body);
      announce(t('done'));
      await this.read();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = null;
      this.update();
    }
  }

  /** The owning unit attaches a file to its reports (I1): stored with its SHA-256. */
  async attach(task) {
    const input = document.getElementById('task-file-' + task.id);
    const file = input && input.files && input.files[0];
    if (!file) {
      return;
    }
    await acting(this, 'attach' + task.id, async () => {
      await api.send('POST', `tasks/${task.id}/attachments?name=${encodeURIComponent(file.name)}`, { body: file });
      input.value = '';
      announce(t('uploaded'));
      await this.read();
    }).catch(() => {});
  }

  attachmentsView(x) {
    const files = x.attachments || [];
    return files.length ? html`<ul class="plain attachments">${files.map((a) => html`<li data-attachment=${a.id}>
      <button type="button" class="link" @click=${() => download(`tasks/${x.id}/attachments/${a.id}`, a.fileName).catch((e) => { this.error = e; this.update(); })}>
        ${a.fileName}</button> <small class="muted">${Math.ceil(a.size / 1024)} KB</small></li>`)}</ul>` : nothing;
  }

  actsView(x) {
    const me = session().me.person;
    const office = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF');
    const own = me.unitId === x.ownerUnitId;
    const btn = (kind, label, cls = '') => html`<button type="button" class=${'task-' + kind + ' ' + cls} data-task=${x.id}
      ?disabled=${!!this.busy} @click=${() => this.act(x, kind)}>${label}</button>`;
    if (own && x.state === 'OPEN') {
      return html`<details class="task-acts"><summary>${L('报告', 'Report')}</summary>
        <label for=${'task-text-' + x.id}>${L('进展或完成情况', 'Progress or completion')}</label>
        <textarea id=${'task-text-' + x.id} rows="2"></textarea>
        <label for=${'task-percent-' + x.id}>${t('percent')}</label>
        <input id=${'task-percent-' + x.id} type="number" min="0" max="100" step="5">
        <div class="buttons">${btn('progress', t('reportProgress'))}${btn('completion', L('报告完成', 'Report completion'), 'primary')}</div>
        <label for=${'task-file-' + x.id}>${L('附件', 'Attachment')}</label>
        <input id=${'task-file-' + x.id} type="file">
        <div class="buttons"><button type="button" class="task-attach" data-task=${x.id} ?disabled=${!!this.busy}
          @click=${() => this.attach(x)}>${L('上传附件', 'Upload')}</button></div>
      </details>`;
    }
    if (office && x.state === 'COMPLETION_REPORTED') {
      return html`<details class="task-acts"><summary>${L('验收', 'Accept')}</summary>
        <label for=${'task-text-' + x.id}>${t('comment')}</label>
        <textarea id=${'task-text-' + x.id} rows="2"></textarea>
        <div class="buttons">${btn('accept', L('验收办结', 'Accept'), 'primary')}${btn('reopen', L('退回重办', 'Send back'))}</div>
      </details>`;
    }
    return nothing;
  }

  async drawCharts() {
    if (!this.overview) {
      return;
    }
    let ec;
    try {
      ec = await echarts();
    } catch (e) {
      this.chartError = e;
      return;
    }
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
    const number = (id) => {
      const m = (this.meetings || []).find((x) => x.id === id);
      return m ? t('meetingNo', { n: m.number }) : String(id);
    };
    const byUnit = group(this.overview, (o) => unitName(this.dir, o.unitId));
    const byMeeting = group(this.overview, (o) => number(o.meetingId));
    [['chart-unit', byUnit, t('byUnit')], ['chart-meeting', byMeeting, t('byMeeting')]].forEach(([id, data, name]) => {
      const el = document.getElementById(id);
      if (!el) return;
      const chart = ec.init(el, null, { renderer: 'canvas', locale: lang() === 'en' ? 'EN' : 'ZH' });
      const series = [['overdue', 'overdueCount', '#b42318'], ['dueSoon', 'dueSoon', '#b54708'],
        ['onTime', 'onTime', '#1f6f43'], ['done', 'doneCount', '#5b6b7b']].map(([k, label, color]) => ({
        name: t(label), type: 'bar', stack: 'all', itemStyle: { color }, data: data.map((d) => d[k]),
      }));
      chart.setOption({
        aria: { enabled: true },
        title: { text: name, left: 0, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        legend: { top: 0, right: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
        xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { interval: 0, rotate: data.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series,
        animation: false,
      });
      this.charts.push(chart);
    });
  }

  view() {
    if (!this.tasks) {
      return html`<h1>${t('supervision')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const dir = this.dir;
    const units = [...dir.units.values()].filter((u) => u.kind !== 'LEADERSHIP');
    const number = (id) => {
      const m = (this.meetings || []).find((x) => x.id === id);
      return m ? t('meetingNo', { n: m.number }) : id;
    };
    const change = (field) => (e) => { this[field] = e.target.value; this.read().catch((err) => { this.error = err; this.update(); }); };
    const totals = this.tasks.reduce((acc, x) => { acc[x.timeliness] = (acc[x.timeliness] || 0) + 1; return acc; }, {});
    return html`<h1>${t('supervision')}</h1>
      ${rule('I1')}
      ${errorBox(this.error)}
      <div class="filters">
        <label for="filter-meeting">${t('meetings')}</label>
        <select id="filter-meeting" @change=${change('meetingFilter')}>
          <option value="">${t('choose')}</option>
          ${(this.meetings || []).map((m) => html`<option value=${m.id} ?selected=${String(m.id) === this.meetingFilter}>${number(m.id)}</option>`)}
        </select>
        <label for="filter-unit">${t('unit')}</label>
        <select id="filter-unit" @change=${change('unitFilter')}>
          <option value="">${t('choose')}</option>
          ${units.map((u) => html`<option value=${u.id} ?selected=${u.id === this.unitFilter}>${u.name}</option>`)}
        </select>
      </div>
      <ul class="totals" id="task-totals">
        ${['OVERDUE', 'DUE_SOON', 'ON_TIME', 'DONE'].map((k) => html`<li class=${'total-' + k.toLowerCase()}>
          <span class="n">${totals[k] || 0}</span><span>${timeliness(k)}</span></li>`)}
      </ul>
      ${this.overview ? html`<div class="charts">
        <div class="chart" id="chart-unit" role="img" aria-label=${t('timeliness') + '：' + t('byUnit')}></div>
        <div class="chart" id="chart-meeting" role="img" aria-label=${t('timeliness') + '：' + t('byMeeting')}></div>
      </div>` : nothing}
      ${this.chartError ? errorBox(this.chartError) : nothing}
      <h2>${t('tasks')}</h2>
      ${this.tasks.length === 0 ? html`<p class="empty">${t('nothing')}</p>` : html`
      <table class="list-table" id="tasks">
        <thead><tr><th scope="col">${t('what')}</th><th scope="col">${t('meetings')}</th><th scope="col">${t('owner')}</th>
          <th scope="col">${t('dueDate')}</th><th scope="col">${t('timeliness')}</th><th scope="col">${t('state')}</th><th scope="col">${t('progress')}</th>
          <th scope="col"><span class="visually-hidden">${L('办理', 'Acts')}</span></th></tr></thead>
        <tbody>${this.tasks.map((x) => {
          const last = (x.progress || [])[x.progress.length - 1];
          return html`<tr data-task=${x.id} data-timeliness=${x.timeliness} class=${x.timeliness === 'OVERDUE' ? 'overdue' : ''}>
            <td>${x.what}</td><td>${number(x.meetingId)}</td>
            <td>${unitName(dir, x.ownerUnitId)}${(x.coUnitIds || []).length ? html`<small>、${x.coUnitIds.map((u) => unitName(dir, u)).join('、')}</small>` : nothing}</td>
            <td>${fmtDate(x.due)}</td><td>${chip(x.timeliness, timeliness(x.timeliness))}</td><td>${taskState(x.state)}</td>
            <td>${last ? html`${last.percent != null ? last.percent + '% ' : ''}${last.text}` : ''}${this.attachmentsView(x)}</td>
            <td>${this.actsView(x)}</td></tr>`;
        })}</tbody>
      </table>`}`;
  }
}

function group(list, keyOf) {
  const out = new Map();
  for (const o of list) {
    const k = keyOf(o);
    const g = out.get(k) || { name: k, onTime: 0, dueSoon: 0, overdue: 0, done: 0 };
    g.onTime += o.onTime;
    g.dueSoon += o.dueSoon;
    g.overdue += o.overdue;
    g.done += o.done;
    out.set(k, g);
  }
  return [...out.values()];
}
