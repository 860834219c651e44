// 请假: a person on the roster asks not to attend (K1) or to leave midway (K2); the inbox of the
// approver the rules name (the mayor, or for an attendee leaving early the executive vice-mayor)
// receives it.

import { html, nothing, rule, clauseBadge } from '../ui.js';
import { session } from '../api.js';
import { L } from '../i18n.js';

/** The person's own request form on the meeting's page, if they are on its roster. */
export function leaveView(page) {
  const me = session().me.person;
  const a = page.attendance;
  const m = page.meeting;
  const mine = a && a.roster.find((r) => r.personId === me.id);
  if (!mine || !m || m.status === 'CLOSED' || m.status === 'CANCELLED') {
    return nothing;
  }
  const pending = (page.leaves || []).find((l) => l.personId === me.id && l.state === 'PENDING');
  if (pending) {
    return html`<p class="note" id="my-leave">${clauseBadge(pending.kind === 'ABSENCE' ? 'K1' : 'K2')}
      ${L('您的请假申请待审批。', 'Your request waits for its approver.')}</p>`;
  }
  const kind = mine.state === 'EXPECTED' ? 'ABSENCE' : mine.state === 'SIGNED_IN' && m.status === 'IN_SESSION' ? 'EARLY_DEPARTURE' : null;
  if (!kind) {
    return nothing;
  }
  const member = mine.kind === 'MEMBER';
  const send = () => page.act('leave', 'POST', `meetings/${page.id}/leave-requests`, {
    kind,
    reason: document.getElementById('leave-reason').value.trim(),
    written: !member,
    delegateId: (document.getElementById('leave-delegate') || {}).value || null,
  });
  const colleagues = [...page.dir.people.values()].filter((p) => p.unitId === me.unitId && p.id !== me.id);
  return html`<details class="card leave" id="leave-form">
    <summary>${kind === 'ABSENCE' ? L('请假（不能参加会议）', 'Ask for leave (absence)') : L('申请中途离场', 'Ask to leave midway')}
      ${clauseBadge(kind === 'ABSENCE' ? 'K1' : 'K2')}</summary>
    <label for="leave-reason">${L('事由', 'Reason')}</label>
    <textarea id="leave-reason" rows="2"></textarea>
    ${kind === 'ABSENCE' && !member ? html`<label for="leave-delegate">${L('委派参会的负责人', 'Delegate')}</label>
      <select id="leave-delegate"><option value="">${L('不委派', 'None')}</option>
        ${colleagues.map((p) => html`<option value=${p.id}>${p.name}（${p.title}）</option>`)}</select>` : nothing}
    <div class="buttons"><button type="button" id="send-leave" class="primary" ?disabled=${!!page.busy} @click=${send}>
      ${L('提交申请', 'Send')}</button></div>
    ${rule(kind === 'ABSENCE' ? 'K1' : 'K2')}
  </details>`;
}
