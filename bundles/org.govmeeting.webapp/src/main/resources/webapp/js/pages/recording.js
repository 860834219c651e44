// 录音录像: nobody records or photographs a meeting without the chair's approval (K3). Anyone at
// the meeting asks here, with the purpose; the mayor decides from the inbox.

import { html, nothing, rule, clauseBadge, chip } from '../ui.js';
import { L } from '../i18n.js';

/** The request form on the meeting's page while it is prepared or in session, and what was asked. */
export function recordingView(page) {
  const m = page.meeting;
  if (!m || !['PLANNED', 'NOTIFIED', 'IN_SESSION'].includes(m.status)) {
    return nothing;
  }
  const asked = page.recordingAsked;
  const send = () => page.act('recording', 'POST', `meetings/${page.id}/recording-requests`, {
    purpose: document.getElementById('recording-purpose').value.trim(),
  }, async (r) => { page.recordingAsked = r; });
  return html`<details class="card recording" id="recording-form">
    <summary>${L('申请录音录像', 'Ask to record or photograph')} ${clauseBadge('K3')}</summary>
    ${asked ? html`<p class="note" id="my-recording">${L('已申请：', 'Asked: ')}${asked.purpose}
      ${chip(asked.state, asked.state === 'PENDING' ? L('待区长批准', 'waiting for the chair') : asked.state)}</p>` : nothing}
    <label for="recording-purpose">${L('用途', 'Purpose')}</label>
    <input id="recording-purpose">
    <div class="buttons"><button type="button" id="send-recording" ?disabled=${!!page.busy} @click=${send}>
      ${L('提交申请', 'Send')}</button></div>
    ${rule('K3')}
  </details>`;
}
