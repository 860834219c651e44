// 我的议题: the topics of the person's unit and where each stands.

import { html, nothing, errorBox, chip, personName } from '../ui.js';
import { api, directory, session } from '../api.js';
import { t, fmtTime } from '../i18n.js';
import { categoryName, topicStatus } from '../rules.js';
import { Page } from './page.js';

export class TopicsPage extends Page {
  title() {
    return t('myTopics');
  }

  async load() {
    this.dir = await directory();
    const unit = session().me.person.unitId;
    this.page = await api.get(`topics?unit=${encodeURIComponent(unit)}&limit=100`);
  }

  view() {
    const unit = session().me.unit;
    return html`<div class="page-head"><h1>${t('myTopics')}</h1>
        <p>${t('topicsOfUnit')}：${unit ? unit.name : ''}</p>
        <a class="button primary" id="new-topic" href="#/topics/new">${t('newTopic')}</a></div>
      ${errorBox(this.error)}
      ${!this.page ? html`<p>${t('loading')}</p>` : this.page.items.length === 0 ? html`<p class="empty">${t('nothing')}</p>` : html`
      <table class="list-table" id="topics">
        <caption class="visually-hidden">${t('topicsOfUnit')}</caption>
        <thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('category')}</th><th scope="col">${t('reporter')}</th>
          <th scope="col">${t('status')}</th><th scope="col">${t('updated')}</th></tr></thead>
        <tbody>${this.page.items.map((x) => html`<tr data-topic=${x.id}>
          <td><a href=${'#/topics/' + x.id}>${x.form.name}</a></td>
          <td>${categoryName(x.form.category)}</td>
          <td>${personName(this.dir, x.form.reporterId)}</td>
          <td>${chip(x.status, topicStatus(x.status))}${x.meetingNote ? html`<small>${x.meetingNote}</small>` : nothing}</td>
          <td>${fmtTime(x.updatedAt)}</td></tr>`)}</tbody>
      </table>`}`;
  }
}
