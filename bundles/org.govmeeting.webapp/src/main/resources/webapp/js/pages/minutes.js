// 会议纪要: the minutes from the draft the secretariat makes from the record, through the reporting
// departments' opinions and the Justice Bureau's legality review, to the mayor's signature and the
// issue to a scope (M3); the PDF the API typesets is shown in the page.

import { html, nothing, rule, clauseBadge, errorBox, announce, personName, unitName, chip } from '../ui.js';
import { api, directory, holds, session } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';
import { minutesState, roleName } from '../rules.js';
import { Page } from './page.js';

export class MinutesListPage extends Page {
  title() {
    return t('minutes');
  }

  async load() {
    const [listed, inbox] = await Promise.all([api.get('minutes'), api.get('me/inbox')]);
    const done = (m) => m.state === 'SIGNED' || m.state === 'ISSUED';
    this.signed = listed.filter(done);
    this.drafts = listed.filter((m) => !done(m));
    this.waiting = inbox.items.filter((i) => i.minutesId).map((i) => ({ id: i.minutesId, what: i.what, subject: i.subject }));
  }

  view() {
    if (!this.signed) {
      return html`<h1>${t('minutes')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    const drafts = this.drafts.filter((d) => !this.waiting.some((w) => w.id === d.id));
    return html`<h1>${t('minutes')}</h1>
      ${this.waiting.length ? html`<h2>${t('fromInbox')}</h2><ul class="plain">${this.waiting.map((w) => html`<li>
        <a href=${'#/minutes/' + w.id}>${w.subject}</a> — ${w.what}</li>`)}</ul>` : nothing}
      ${drafts.length ? html`<h2>${t('draftMinutes')}</h2><ul class="plain" id="draft-minutes">${drafts.map((d) => html`<li>
        <a href=${'#/minutes/' + d.id}>${d.documentNumber || t('minutesOf') + ' ' + d.id}</a> ${chip(d.state, minutesState(d.state))}</li>`)}</ul>` : nothing}
      <h2>${t('signedMinutes')}</h2>
      ${this.signed.length ? html`<ul class="plain" id="signed-minutes">${this.signed.map((m) => html`<li>
        <a href=${'#/minutes/' + m.id}>${m.documentNumber}</a> ${chip(m.state, minutesState(m.state))} ${fmtTime(m.signedAt)}</li>`)}</ul>` : html`<p class="empty">${t('nothing')}</p>`}
      <p class="muted">${t('noMinutes')}</p>`;
  }
}

export class MinutesPage extends Page {
  constructor(id) {
    super();
    this.id = id;
  }

  title() {
    return this.minutes && this.minutes.documentNumber ? this.minutes.documentNumber : t('minutes');
  }

  async load() {
    this.dir = await directory();
    await this.read();
  }

  async read() {
    const r = await api.getTagged('minutes/' + this.id);
    this.minutes = r.data;
    this.etag = r.etag;
    this.meeting = await api.get('meetings/' + this.minutes.meetingId).catch(() => null);
    this.showPdf();
  }

  /** The PDF the API typeset, drawn page by page into the page by PDF.js, and kept to save. */
  async showPdf() {
    try {
      const r = await api.send('GET', `minutes/${this.id}/pdf`, { raw: true, headers: { Accept: 'application/pdf' } });
      const bytes = new Uint8Array(await r.data.arrayBuffer());
      if (this.pdfUrl) {
        URL.revokeObjectURL(this.pdfUrl);
      }
      this.pdfUrl = URL.createObjectURL(r.data);
      this.pdfError = null;
      this.update();
      await drawPdf(bytes, document.getElementById('pdf-pages'));
    } catch (e) {
      this.pdfError = e;
      this.update();
    }
  }

  dispose() {
    if (this.pdfUrl) {
      URL.revokeObjectURL(this.pdfUrl);
    }
  }

  async act(key, path, body, opts = {}) {
    this.busy = key;
    this.error = null;
    this.update();
    try {
      await api.send(opts.method || 'POST', path, { body, headers: opts.headers });
      announce(t('done'));
      this.message = t('done');
      await this.read();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = null;
      this.update();
    }
  }

  view() {
    const m = this.minutes;
    if (!m) {
      return html`<h1>${t('minutes')}</h1>${this.error ? errorBox(this.error) : html`<p>${t('loading')}</p>`}`;
    }
    return html`<div class="page-head">
        <h1>${t('minutesOf')} ${m.documentNumber || ''} ${chip(m.state, minutesState(m.state))}</h1>
        <p>${this.meeting ? t('meetingNo', { n: this.meeting.number }) : ''}　${rule('M3')}</p>
      </div>
      ${this.message ? html`<p class="ok" role="status">${this.message}</p>` : nothing}
      ${errorBox(this.error)}
      <div class="minutes-grid">
        <section class="card">
          ${this.textView(m)}
          ${this.actsView(m)}
          ${this.stepsView(m)}
        </section>
        <section class="card pdf-card" aria-labelledby="pdf-title">
          <h2 id="pdf-title">${t('pdf')}</h2>
          ${this.pdfError ? errorBox(this.pdfError) : nothing}
          ${this.pdfUrl ? nothing : html`<p>${t('loading')}</p>`}
          <div id="pdf-pages" class="pdf-pages" role="document" tabindex="0" aria-label=${t('pdf')}></div>
          ${this.pdfUrl ? html`<p><a id="pdf-download" href=${this.pdfUrl}
            download=${(m.documentNumber || 'minutes-' + this.id) + '.pdf'}>${t('pdf')} ↓</a></p>` : nothing}
        </section>
      </div>`;
  }

  textView(m) {
    const editable = holds('SECRETARIAT') && m.state === 'DRAFT';
    if (!editable) {
      return html`<h2>${t('text')}</h2><pre class="minutes-text" id="minutes-text" tabindex="0">${m.text}</pre>`;
    }
    const save = () => this.act('save', 'minutes/' + this.id, { text: document.getElementById('minutes-edit').value },
      { method: 'PUT', headers: { 'If-Match': this.etag || `"${m.revision}"` } });
    return html`<label for="minutes-edit"><h2>${t('text')}</h2></label>
      <textarea id="minutes-edit" rows="18" .value=${m.text}></textarea>
      <div class="buttons"><button type="button" id="save-minutes" ?disabled=${!!this.busy} @click=${save}>${t('saveText')}</button>
        <button type="button" class="primary" id="ask-opinions" ?disabled=${!!this.busy}
          @click=${() => this.act('ask', `minutes/${this.id}/opinion-requests`, {})}>${t('askOpinions')}</button></div>`;
  }

  actsView(m) {
    const me = session().me.person;
    const comments = () => ((document.getElementById('minutes-comment') || {}).value || '').trim() || null;
    const box = html`<label for="minutes-comment">${t('comment')}</label><textarea id="minutes-comment" rows="2"></textarea>`;
    const parts = [];
    if (m.state === 'IN_OPINION') {
      parts.push(html`<p>${t('awaitingOpinions')}：${(m.awaitingOpinions || []).map((u) => unitName(this.dir, u)).join('、') || t('none')}</p>`);
      if ((m.awaitingOpinions || []).includes(me.unitId)) {
        parts.push(html`${box}<div class="buttons">
          <button type="button" class="primary" id="opinion-agree" @click=${() => this.act('opinion', `minutes/${this.id}/opinions`, { agree: true, comments: comments() })}>${t('agree')}</button>
          <button type="button" id="opinion-disagree" @click=${() => this.act('opinion', `minutes/${this.id}/opinions`, { agree: false, comments: comments() })}>${t('disagree')}</button></div>`);
      }
    }
    const legalOk = (m.steps || []).some((s) => s.kind === 'LEGAL_OK' && !s.erratumId);
    if (m.state === 'LEGAL_REVIEW' && holds('JUSTICE_HEAD') && !legalOk) {
      parts.push(html`<h3>${t('legalReview')}</h3>${box}<div class="buttons">
        <button type="button" class="primary" id="legal-agree" @click=${() => this.act('legal', `minutes/${this.id}/legal-review`, { agree: true, comments: comments() })}>${t('agree')}</button>
        <button type="button" id="legal-return" @click=${() => this.act('legal', `minutes/${this.id}/legal-review`, { agree: false, comments: comments() })}>${t('return')}</button></div>`);
    }
    if (m.state === 'LEGAL_REVIEW' && holds('MAYOR') && legalOk) {
      parts.push(html`<div class="buttons"><button type="button" class="primary" id="sign-minutes" ?disabled=${!!this.busy}
        @click=${() => this.act('sign', `minutes/${this.id}/signature`, {})}>${this.busy === 'sign' ? t('busy') : t('signMinutes')}</button></div>`);
    }
    if (m.state === 'SIGNED' && holds('MAYOR')) {
      const units = [...this.dir.units.values()].filter((u) => u.kind !== 'LEADERSHIP');
      const issue = () => {
        const unitIds = [...document.getElementById('scope-units').selectedOptions].map((o) => o.value);
        this.act('issue', `minutes/${this.id}/issue`, { unitIds, personIds: [] });
      };
      parts.push(html`<h3>${t('issue')}</h3>
        <label for="scope-units">${t('scopeUnits')}</label>
        <select id="scope-units" multiple size="6">${units.map((u) => html`<option value=${u.id}>${u.name}</option>`)}</select>
        <div class="buttons"><button type="button" class="primary" id="issue-minutes" ?disabled=${!!this.busy} @click=${issue}>${t('issue')}</button></div>`);
    }
    if (m.signedAt) {
      parts.push(html`<p id="signed-line">${clauseBadge('M3')} ${personName(this.dir, m.signedBy)} ${fmtTime(m.signedAt)}
        <small class="hash">SHA-256 ${m.hash ? m.hash.slice(0, 16) + '…' : ''}</small></p>`);
    }
    if ((m.scopeUnitIds || []).length) {
      parts.push(html`<p>${t('scopeUnits')}：${m.scopeUnitIds.map((u) => unitName(this.dir, u)).join('、')}</p>`);
    }
    return parts.length ? html`<div class="acts">${parts}</div>` : nothing;
  }

  stepsView(m) {
    const steps = (m.steps || []).filter((s) => !s.erratumId && s.kind !== 'RESTRICTED_READ');
    if (!steps.length) {
      return nothing;
    }
    const names = { OPINION: L('部门意见', 'Opinion'), LEGAL_OK: L('合法性审查通过', 'Legality confirmed'), LEGAL_RETURNED: L('合法性审查退回', 'Returned by the legality review'), SIGNED: L('区长签发', 'Signed by the mayor'), ISSUED: L('印发', 'Issued'), ASKED: L('征求意见', 'Opinions asked') };
    return html`<h3>${t('steps')}</h3><ol class="steps" id="minutes-steps">${steps.map((s) => html`<li data-kind=${s.kind}>
      ${names[s.kind] || s.kind}：${personName(this.dir, s.actorId)}（${roleName(s.actorRole)}${s.unitId ? '，' + unitName(this.dir, s.unitId) : ''}）
      ${s.kind === 'OPINION' ? (s.agreed ? t('agree') : t('disagree')) : nothing} ${s.comments || ''} ${fmtTime(s.at)}</li>`)}</ol>`;
  }
}

let pdfjs = null;

/** PDF.js as its web jar ships it, loaded on this page only (with its worker, a file of its own). */
function pdfLib() {
  if (!pdfjs) {
    pdfjs = import('../../vendor/pdfjs-dist/build/pdf.min.mjs').then((lib) => {
      lib.GlobalWorkerOptions.workerSrc = new URL('../../vendor/pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;
      return lib;
    });
    pdfjs.catch(() => { pdfjs = null; });
  }
  return pdfjs;
}

async function drawPdf(bytes, into) {
  if (!into) {
    return;
  }
  const lib = await pdfLib();
  // No eval: the page's policy allows none, and PDF.js does without.
  const doc = await lib.getDocument({ data: bytes, isEvalSupported: false }).promise;
  // Drawn by hand, not by the page's templates: only these canvases are replaced.
  into.querySelectorAll('canvas').forEach((c) => c.remove());
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const width = Math.max(320, into.clientWidth - 16);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.className = 'pdf-page';
    canvas.dataset.page = String(n);
    canvas.setAttribute('aria-hidden', 'true');
    into.appendChild(canvas);
    await page.render({ canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise;
  }
  into.dataset.pages = String(doc.numPages);
}
