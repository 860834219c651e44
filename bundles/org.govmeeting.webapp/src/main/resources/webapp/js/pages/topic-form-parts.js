// Two parts of the topic form: the consultations with their dissent (S3), and the material files
// (P1) with their upload.

import { html, nothing, fieldId, fieldErrors, problemsAt, clauseBadge } from '../ui.js';
import { t, L } from '../i18n.js';
import { clauseText, fileKind, FILE_KIND_VALUES } from '../rules.js';
import { labelOf } from './topic-rules.js';
import { download } from './files.js';

export function consultationRows(page) {
  const f = page.form;
  const ro = !page.editable();
  const units = [...page.dir.units.values()].filter((u) => u.id !== f.leadUnitId && u.kind !== 'LEADERSHIP');
  const list = f.consultations || [];
  const add = () => page.input('consultations', [...list, { unitId: '', answer: 'AGREE', opinion: '', solution: '' }]);
  const remove = (i) => page.input('consultations', list.filter((_, j) => j !== i));
  return html`<div class="row consultations ${problemsAt(page.problems, 'consultations').length ? 'has-error' : ''}" data-field="consultations">
    <div class="label" id="consultations-label">${L('征求相关单位意见及分歧处理', 'Consultation of the units concerned, and dissent')}</div>
    <div class="value">
      ${list.map((c, i) => {
        const at = `consultations[${i}]`;
        return html`<fieldset class="consultation" data-index=${i}>
          <legend>${labelOf(at)}</legend>
          <label for=${fieldId(at + '.unitId')}>${t('unit')}</label>
          ${page.control(at + '.unitId', 'S3', 'select', { options: units.map((u) => [u.id, u.name]) })}
          ${fieldErrors(page.problems, at + '.unitId')}
          <label for=${fieldId(at + '.answer')}>${L('意见', 'Answer')}</label>
          ${page.control(at + '.answer', 'S3', 'select', { options: [['AGREE', t('agree')], ['DISAGREE', t('disagree')]] })}
          ${c.answer === 'DISAGREE' ? html`
            <label for=${fieldId(at + '.opinion')}>${L('分歧意见', 'The dissent')}</label>${page.control(at + '.opinion', 'S3', 'area', { rows: 2 })}
            ${fieldErrors(page.problems, at + '.opinion')}
            <label for=${fieldId(at + '.solution')}>${L('解决方案或倾向性意见', 'Proposed solution or preferred opinion')}</label>${page.control(at + '.solution', 'S3', 'area', { rows: 2 })}
            ${fieldErrors(page.problems, at + '.solution')}` : nothing}
          ${ro ? nothing : html`<button type="button" class="link" @click=${() => remove(i)}>${t('remove')}</button>`}
        </fieldset>`;
      })}
      ${ro ? nothing : html`<button type="button" id=${fieldId('consultations')} @click=${add} aria-describedby="f-consultations-rule">${t('addConsultation')}</button>`}
      ${fieldErrors(page.problems, 'consultations')}
    </div>
    <div class="why" id="f-consultations-rule"><span class="clause">S3</span> ${clauseText('S3')}</div>
  </div>`;
}

export function filesView(page) {
  const files = page.files();
  return html`<section class="files card" aria-labelledby="files-title">
    <h2 id="files-title">${t('files')} ${clauseBadge('P1')}</h2>
    ${files.length ? html`<ul class="plain">${files.map((x) => html`<li data-file=${x.id}>
      ${fileKind(x.kind)}：<button type="button" class="link" @click=${() => download(`topics/${page.id}/files/${x.id}`, x.fileName)}>${x.fileName}</button>
      （${Math.ceil(x.size / 1024)} KB，SHA-256 ${x.sha256.slice(0, 12)}…）</li>`)}</ul>` : html`<p class="empty">${t('nothing')}</p>`}
    ${page.editable() ? html`<div class="upload">
      <label for="file-kind">${t('fileKind')}</label>
      <select id="file-kind">${FILE_KIND_VALUES.map((k) => html`<option value=${k}>${fileKind(k)}</option>`)}</select>
      <label for="file-input">${t('chooseFile')}</label>
      <input type="file" id="file-input">
      <button type="button" id="upload" ?disabled=${!!page.busy} @click=${() => page.upload()}>${page.busy === 'upload' ? t('busy') : t('upload')}</button>
    </div>` : nothing}
  </section>`;
}
