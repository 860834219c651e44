// 法定人数: the quorum shown large on every meeting-day screen (C1), from the meeting's pulse while it
// is polled, from the roster before.

import { html, nothing, rule, errorBox } from '../ui.js';
import { t } from '../i18n.js';

/** The quorum: members present of all, whether it holds, and everyone present. */
export function quorumView(page) {
  const p = page.pulse || page.attendance;
  if (!p) {
    return page.rosterError ? errorBox(page.rosterError) : nothing;
  }
  const present = page.pulse ? page.pulse.present : (page.attendance.roster || []).filter((r) => r.state === 'SIGNED_IN').length;
  return html`<section class="quorum ${p.quorate ? 'yes' : 'no'}" id="quorum" data-present=${p.membersPresent}
      data-members=${p.members} data-quorate=${String(p.quorate)} aria-live="polite" aria-labelledby="quorum-title">
    <h2 id="quorum-title" class="visually-hidden">${t('quorum')}</h2>
    <p class="big"><span id="members-present">${p.membersPresent}</span><span class="of">/ ${p.members}</span></p>
    <p class="label">${t('membersPresent')} · ${t('presentAll')} <span id="present-count">${present}</span>
      ${page.pulse ? html`<span class="live" title=${t('live')}>●</span>` : nothing}</p>
    <p class="verdict" id="quorum-verdict">${p.quorate ? t('quorate') : t('notQuorate')}</p>
    ${rule('C1')}
  </section>`;
}
