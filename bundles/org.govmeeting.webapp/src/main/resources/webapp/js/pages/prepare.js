// 会议筹备, on the meeting's page before it opens: the Office compiles the topic list from the
// ready topics and sets the law study that opens the meeting, the mayor approves the list (S1),
// the Office sends the notice (M1).

import { html, nothing, rule, clauseBadge, errorBox, personTitle, actorName, chip } from '../ui.js';
import { api, holds } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { lawArea, categoryName, topicStatus, roleName } from '../rules.js';

const AREAS = ['RULE_OF_LAW_THOUGHT', 'CONSTITUTION', 'LAWS_OF_GOVERNMENT_DUTIES', 'SUPERVISION_AND_INTEGRITY'];

export class Preparation {
  constructor(page) {
    this.page = page;
  }

  /** Whether the person has preparation to do here. */
  shown() {
    const m = this.page.meeting;
    return m && (m.status === 'PLANNED' || m.status === 'NOTIFIED') && holds('OFFICE_DIRECTOR', 'OFFICE_STAFF', 'MAYOR');
  }

  async load() {
    if (!this.shown()) {
      return;
    }
    const id = this.page.id;
    const [list, law] = await Promise.allSettled([api.get(`topic-lists/${id}`), api.get(`meetings/${id}/law-study`)]);
    this.list = list.status === 'fulfilled' ? list.value : null;
    this.law = law.status === 'fulfilled' ? law.value : null;
    this.topics = this.list
      ? await Promise.all(this.list.topicIds.map((x) => api.get('topics/' + x).catch(() => ({ id: x, form: { name: '#' + x } }))))
      : [];
    this.keep = new Set(this.list ? this.list.topicIds : []);
  }

  async act(key, method, path, body) {
    await this.page.act(key, method, path, body, async () => {
      await this.load();
      await this.page.readAgenda();
    });
  }

  view() {
    if (!this.shown()) {
      return nothing;
    }
    const office = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF');
    const mayor = holds('MAYOR');
    const busy = this.page.busy;
    const id = this.page.id;
    const dir = this.page.dir;
    const list = this.list;
    const people = [...dir.people.values()];
    const saveLaw = () => this.act('law', 'PUT', `meetings/${id}/law-study`, {
      area: document.getElementById('law-area').value,
      subject: document.getElementById('law-subject').value.trim(),
      material: document.getElementById('law-material').value.trim() || null,
      leaderId: document.getElementById('law-leader').value || null,
    });
    const approve = () => this.act('approve', 'POST', `topic-lists/${id}/approve`, { topicIds: list.topicIds.filter((x) => this.keep.has(x)) });
    return html`<section class="card prepare" id="prepare" aria-labelledby="prepare-title">
      <h2 id="prepare-title">${L('会议筹备', 'Preparation')}</h2>
      <div class="prepare-grid">
        <div>
          <h3>${L('议题表', 'Topic list')} ${clauseBadge('S1')}
            ${list ? chip(list.state, list.state === 'APPROVED' ? L('区长已审定', 'Approved') : L('待区长审定', 'To approve')) : nothing}</h3>
          ${list ? html`<ol class="topic-list" id="topic-list">${this.topics.map((x) => html`<li data-topic=${x.id}>
              ${mayor && list.state !== 'APPROVED' ? html`<input type="checkbox" id=${'keep-' + x.id} .checked=${this.keep.has(x.id)}
                @change=${(e) => { if (e.target.checked) this.keep.add(x.id); else this.keep.delete(x.id); }}>
                <label class="inline" for=${'keep-' + x.id}>${x.form.name}</label>` : html`${x.form.name}`}
              <small>${categoryName(x.form.category)} · ${personTitle(dir, x.form.reporterId)} · ${topicStatus(x.status)}</small></li>`)}</ol>
              <p class="muted">${L('汇总', 'Compiled')}：${actorName(dir, list.compiledBy, roleName)} ${fmtTime(list.compiledAt)}
                ${list.approvedBy ? html`；${L('审定', 'approved')}：${actorName(dir, list.approvedBy, roleName)} ${fmtTime(list.approvedAt)}` : nothing}</p>`
            : html`<p class="empty">${L('尚未汇总议题表。', 'No topic list yet.')}</p>`}
          <div class="buttons">
            ${office ? html`<button type="button" id="compile-list" ?disabled=${!!busy}
              @click=${() => this.act('compile', 'POST', `topic-lists/${id}`, {})}>${L('汇总议题表', 'Compile the topic list')}</button>` : nothing}
            ${mayor && list && list.state !== 'APPROVED' ? html`<button type="button" class="primary" id="approve-list" ?disabled=${!!busy}
              @click=${approve}>${L('审定议题表', 'Approve the topic list')}</button>` : nothing}
            ${office ? html`<button type="button" id="send-notices" ?disabled=${!!busy}
              @click=${() => this.act('notify', 'POST', `meetings/${id}/notices`, {})}>${L('发送会议通知', 'Send the notice')}</button>` : nothing}
          </div>
          ${rule('S1')}
        </div>
        <div>
          <h3>${t('lawStudy')} ${clauseBadge('T1')}</h3>
          ${this.law ? html`<p id="law-study">${lawArea(this.law.area)}：${this.law.subject}
            ${this.law.leaderId ? html`（${personTitle(dir, this.law.leaderId)}）` : nothing}</p>` : nothing}
          ${office ? html`<label for="law-area">${L('学习内容', 'Area')}</label>
            <select id="law-area">${AREAS.map((a) => html`<option value=${a} ?selected=${this.law && this.law.area === a}>${lawArea(a)}</option>`)}</select>
            <label for="law-subject">${L('题目', 'Subject')}</label>
            <input id="law-subject" .value=${(this.law && this.law.subject) || ''}>
            <label for="law-material">${L('学习材料', 'Material')}</label>
            <input id="law-material" .value=${(this.law && this.law.material) || ''}>
            <label for="law-leader">${L('领学人', 'Led by')}</label>
            <select id="law-leader"><option value="">${t('choose')}</option>
              ${people.map((p) => html`<option value=${p.id} ?selected=${this.law && this.law.leaderId === p.id}>${p.name}（${p.title}）</option>`)}</select>
            <div class="buttons"><button type="button" id="save-law-study" ?disabled=${!!busy} @click=${saveLaw}>${L('保存集体学法', 'Save the law study')}</button></div>` : nothing}
          ${rule('T1')}
        </div>
      </div>
      ${errorBox(this.error)}
    </section>`;
  }
}
