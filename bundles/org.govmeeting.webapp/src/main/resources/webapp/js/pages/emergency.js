// 临机处置事项报告: an emergency decision taken since the last meeting is reported to this one (S2). It
// counts as reported only once the Office (or the chair) records in session that the meeting heard
// it; a report left unheard is not reported and moves to the next meeting's agenda.

import { html, clauseBadge, chip, personName } from '../ui.js';
import { holds } from '../api.js';
import { t, L, fmtTime } from '../i18n.js';

/** The agenda's item for one emergency report, on the meeting-day console. */
export function emergencyItem(page, i) {
  const dir = page.dir;
  const mayHear = holds('OFFICE_DIRECTOR', 'OFFICE_STAFF', 'MAYOR') && page.meeting.status === 'IN_SESSION';
  const key = 'hear-' + i.emergencyDecisionId;
  const hear = () => page.act(key, 'POST', `meetings/${page.id}/emergency-reports/${i.emergencyDecisionId}`, {},
    async () => { await page.readAgenda(); });
  let state;
  if (i.heardAt) {
    state = html`${chip('heard', L('已听取报告', 'Report heard'))}
      <span class="muted">${fmtTime(i.heardAt).slice(-5)}，${L('记录人', 'recorded by')} ${personName(dir, i.heardRecordedBy)}</span>`;
  } else if (mayHear) {
    state = html`<button type="button" class="hear-report" data-emergency=${i.emergencyDecisionId}
      ?disabled=${page.busy === key} @click=${hear}>${L('听取报告', 'Report heard')}</button>`;
  } else {
    state = html`<span class="muted">${L('会议听取报告后方视为已报告', 'Reported once the meeting has heard it')}</span>`;
  }
  return html`<li data-kind="EMERGENCY_REPORT" data-emergency=${i.emergencyDecisionId} class="emergency ${i.heardAt ? 'heard' : ''}">
    <span class="title">${i.title}</span> ${clauseBadge('S2')}
    <span class="meta">${t('reporter')}：${personName(dir, i.reporterId)}　${t('limit')} ${t('minutesShort', { n: i.timeLimitMinutes })}</span>
    ${state}
  </li>`;
}
