// 区管理: the platform administrator's page. One platform serves several districts; here a district
// is added with its roster (at once, no restart), and each district chooses the policy that
// builds its review chains, with the reason recorded; its settings (name, first meeting number,
// cut-off, time zone) change later with a reason, against the revision the page showed. A district's own staff never see this page:
// everything they do is their own district's.

import { html, nothing, errorBox, announce, chip, acting } from '../ui.js';
import { api } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { Page } from './page.js';

export class DistrictsPage extends Page {
  title() {
    return L('区管理', 'Districts');
  }

  async load() {
    const [districts, policies] = await Promise.all([api.get('districts'), api.get('policies')]);
    this.policies = [...new Set(policies.map((p) => p.district))].sort();
    this.versions = policies;
    this.choices = new Map(await Promise.all(districts.map(async (d) => [d.id, await api.get(`districts/${d.id}/policy`)])));
    this.districts = districts;
  }

  act(key, fn) {
    return acting(this, key, async () => {
      await fn();
      await this.load();
      announce(t('done'));
    }).catch(() => {});
  }

  add() {
    const v = (id) => (document.getElementById(id) || {}).value || '';
    const number = (id) => (v(id).trim() ? Number(v(id).trim()) : null);
    const body = {
      id: v('district-id').trim(), name: v('district-name').trim(), roster: v('district-roster'),
      firstMeetingNumber: number('district-first'), cutoffHours: number('district-cutoff'),
    };
    return this.act('add', async () => {
      await api.post('districts', body);
      for (const id of ['district-id', 'district-name', 'district-roster', 'district-file', 'district-first', 'district-cutoff']) {
        document.getElementById(id).value = '';
      }
    });
  }

  async readRoster(input) {
    const file = input.files && input.files[0];
    if (file) {
      document.getElementById('district-roster').value = await file.text();
    }
  }

  choose(id) {
    const v = (name) => (document.getElementById(`${name}-${id}`) || {}).value || '';
    const body = { policy: v('policy'), version: v('version').trim() || null, reason: v('reason').trim() };
    return this.act('choose-' + id, () => api.put(`districts/${id}/policy`, body));
  }

  change(d) {
    const v = (name) => ((document.getElementById(`${name}-${d.id}`) || {}).value || '').trim();
    const number = (name) => (v(name) ? Number(v(name)) : null);
    const body = {
      name: v('name'), firstMeetingNumber: number('first'), cutoffHours: number('cutoff'),
      timeZone: v('zone') || null, dueSoonDays: number('due-soon'),
      archiveWithinDays: number('archive'), reason: v('why'),
    };
    // The revision the page shows: a change someone made meanwhile is refused (412), not lost.
    return this.act('change-' + d.id, () => api.send('PUT', `districts/${d.id}`, { body, headers: { 'If-Match': `"${d.revision}"` } }));
  }

  settings(d) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return html`<details class="district-settings"><summary>${L('修改设置', 'Change settings')}</summary>
      <fieldset class="act"><legend>${L(`${d.name}的设置`, `Settings of ${d.name}`)}</legend>
        <label for=${`name-${d.id}`}>${L('区名称', 'Name')}</label><input id=${`name-${d.id}`} .value=${d.name}>
        <label for=${`first-${d.id}`}>${L('下次会议编号不小于', 'Next meeting number at least')}</label>
        <input id=${`first-${d.id}`} type="number" min="1" max="100000" .value=${d.firstMeetingNumber ? String(d.firstMeetingNumber) : ''}>
        <label for=${`cutoff-${d.id}`}>${L('议题报送截止（会前小时数）', 'Cut-off, hours before a meeting')}</label>
        <input id=${`cutoff-${d.id}`} type="number" min="1" max="720" .value=${d.cutoffHours ? String(d.cutoffHours) : ''}>
        <label for=${`due-soon-${d.id}`}>${L('督办任务到期前提醒天数', 'Days before a task is due that its unit is reminded')}</label>
        <input id=${`due-soon-${d.id}`} type="number" min="0" max="90" .value=${d.dueSoonDays != null ? String(d.dueSoonDays) : ''}>
        <label for=${`archive-${d.id}`}>${L('会议归档期限（纪要签发后天数）', 'Archive within days of the minutes\' signature')}</label>
        <input id=${`archive-${d.id}`} type="number" min="1" max="366" .value=${d.archiveWithinDays != null ? String(d.archiveWithinDays) : ''}>
        <label for=${`zone-${d.id}`}>${L('时区', 'Time zone')}</label>
        <input id=${`zone-${d.id}`} list="time-zones" placeholder="Asia/Shanghai" .value=${d.timeZone || ''}>
        ${zones.length ? html`<datalist id="time-zones">${zones.map((z) => html`<option value=${z}></option>`)}</datalist>` : nothing}
        <label for=${`why-${d.id}`}>${L('修改理由（必填，记录在案）', 'Reason (required, recorded)')}</label>
        <input id=${`why-${d.id}`}>
        <button type="button" class="change-district" data-district=${d.id} ?disabled=${!!this.busy}
          @click=${() => this.change(d)}>${L('保存设置', 'Save settings')}</button>
        <p class="muted">${L('编号只会调高：调低不会使编号重复。', 'Numbers only move up: a lower one never gives a number twice.')}</p>
      </fieldset></details>`;
  }

  view() {
    if (!this.districts) {
      return html`<h1>${this.title()}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    return html`<h1>${this.title()}</h1>
      ${errorBox(this.error)}
      <section class="card" aria-labelledby="districts-title">
        <h2 id="districts-title">${L('本平台服务的区', 'The districts this platform serves')}</h2>
        <table class="list-table" id="districts">
          <thead><tr><th scope="col">${L('区', 'District')}</th><th scope="col">${L('名册', 'Roster')}</th>
            <th scope="col">${L('新增', 'Added')}</th><th scope="col">${L('审核规则', 'Policy')}</th>
            <th scope="col">${L('选用审核规则', 'Choose the policy')}</th></tr></thead>
          <tbody>${this.districts.map((d) => this.row(d))}</tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="add-title">
        <h2 id="add-title">${L('新增区', 'Add a district')}</h2>
        <fieldset class="act"><legend>${L('区及其名册', 'The district and its roster')}</legend>
          <label for="district-id">${L('区代码（小写字母）', 'Code (lower case)')}</label><input id="district-id" placeholder="xiangyang">
          <label for="district-name">${L('区名称', 'Name')}</label><input id="district-name" placeholder="向阳区">
          <label for="district-first">${L('首次会议编号（可选，接续该区以往会议）', 'Number of its first meeting here (optional)')}</label>
          <input id="district-first" type="number" min="1" max="100000">
          <label for="district-cutoff">${L('议题报送截止（会前小时数，可选）', 'Cut-off, hours before a meeting (optional)')}</label>
          <input id="district-cutoff" type="number" min="1" max="720">
          <label for="district-file">${L('名册文件（制表符分隔，格式同内置名册）', 'Roster file (tab-separated, as the built-in one)')}</label>
          <input id="district-file" type="file" accept=".tsv,.txt,text/plain" @change=${(e) => this.readRoster(e.target)}>
          <label for="district-roster">${L('名册内容', 'Roster')}</label>
          <textarea id="district-roster" rows="8" spellcheck="false"></textarea>
          <button type="button" id="add-district" ?disabled=${!!this.busy} @click=${() => this.add()}>${L('新增', 'Add')}</button>
          <p class="muted">${L('名册中的人员账号须未被任何区使用；新增后，统一认证中有账号的人员即可登录。',
            'The roster\'s person IDs must be nobody\'s yet; its people sign in once the login directory knows them.')}</p>
        </fieldset>
      </section>`;
  }

  row(d) {
    const c = this.choices.get(d.id) || {};
    const inForce = c.inForce ? `${c.inForce.district} ${c.inForce.version}` : L('未安装', 'not installed');
    return html`<tr data-district=${d.id}>
      <td><strong>${d.name}</strong><br><small class="muted">${d.id}</small></td>
      <td>${L(`${d.units}个单位，${d.people}名人员`, `${d.units} units, ${d.people} people`)}
        ${d.firstMeetingNumber || d.cutoffHours ? html`<br><small class="muted">${d.firstMeetingNumber ? L(`首次会议第${d.firstMeetingNumber}次`, `first meeting no. ${d.firstMeetingNumber}`) : ''}
          ${d.cutoffHours ? L(`会前${d.cutoffHours}小时截止`, `closes ${d.cutoffHours} h before`) : ''}</small>` : nothing}
        <br><small class="muted district-zone">${L('时区', 'time zone')} ${d.timeZone || L('平台默认', 'platform default')}</small>
        ${this.settings(d)}</td>
      <td>${d.addedAt ? html`${fmtTime(d.addedAt)}<br><small class="muted">${d.addedBy}</small>` : L('初始区', 'the first district')}</td>
      <td class="policy-in-force">${inForce}
        ${c.own ? chip('own', L('本区选用', 'its own')) : chip('default', L('平台默认', 'platform default'))}
        ${c.own ? html`<br><small class="muted">${c.chosenBy} ${fmtTime(c.chosenAt)}：${c.reason}</small>` : nothing}</td>
      <td><label class="visually-hidden" for=${`policy-${d.id}`}>${L('审核规则', 'Policy')}</label>
        <select id=${`policy-${d.id}`}>${this.policies.map((p) => html`<option value=${p} ?selected=${p === c.policy}>${p}</option>`)}</select>
        <label class="visually-hidden" for=${`version-${d.id}`}>${L('版本（可选）', 'Version (optional)')}</label>
        <input id=${`version-${d.id}`} size="8" placeholder=${L('最新版本', 'newest')}>
        <label class="visually-hidden" for=${`reason-${d.id}`}>${L('理由', 'Reason')}</label>
        <input id=${`reason-${d.id}`} placeholder=${L('选用理由', 'Reason')}>
        <button type="button" class="choose-policy" data-district=${d.id} ?disabled=${!!this.busy}
          @click=${() => this.choose(d.id)}>${L('选用', 'Choose')}</button></td>
    </tr>`;
  }
}
