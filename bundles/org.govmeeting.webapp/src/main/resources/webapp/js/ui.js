// Small pieces every page uses: the rule beside a field, problems at their fields, names for IDs.

import { html, nothing } from '../vendor/lit-html/lit-html.js';
import { t, L } from './i18n.js';
import { clauseText } from './rules.js';

export { html, nothing };

/** The clause ID and its text, as shown beside a field or an act. */
export function rule(id, basis) {
  if (!id) {
    return nothing;
  }
  if (basis && basis !== id) {
    // A clause of the district's own: its ID, and the regulation's clause it rests on.
    return html`<p class="rule"><span class="clause own">${id}</span> ${L('本区规定，依据', 'a rule of the district, on')}
      <span class="clause">${basis}</span> ${clauseText(basis)}</p>`;
  }
  return html`<p class="rule"><span class="clause">${id}</span> ${clauseText(id)}</p>`;
}

/** A clause ID as a badge whose title is its text. */
export function clauseBadge(id, basis) {
  if (id && basis && basis !== id) {
    return html`<abbr class="clause own" title=${`${basis} ${clauseText(basis)}`}>${id}</abbr>`;
  }
  return id ? html`<abbr class="clause" title=${clauseText(id)}>${id}</abbr>` : nothing;
}

/** A district's own clause as a review step records it: its ID, titled with its words. */
export function ownClauseBadge(own, basis) {
  return html`<abbr class="clause own" title=${`${L(own.text, own.textEnglish || own.text)}（${basis}）`}>${own.id}</abbr>`;
}

/** A form field's DOM id from its JSON path: explanation.background → f-explanation-background. */
export function fieldId(field) {
  return 'f-' + String(field).replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** The problems that concern one field (or, with prefix, the field and everything under it). */
export function problemsAt(problems, field, prefix = false) {
  return (problems || []).filter((p) => p.field === field || (prefix && p.field && p.field.startsWith(field + '.')));
}

/** The messages under a field, tied to it with aria-describedby (see fieldAttrs). */
export function fieldErrors(problems, field) {
  const mine = problemsAt(problems, field);
  if (!mine.length) {
    return nothing;
  }
  return html`<ul class="field-errors" id=${fieldId(field) + '-err'}>
    ${mine.map((p) => html`<li>${p.clause ? html`<span class="clause">${p.clause}</span> ` : nothing}${p.message}</li>`)}
  </ul>`;
}

/** Every problem of the form at once, each a link to its field. */
export function problemSummary(problems, labelOf) {
  if (!problems || !problems.length) {
    return nothing;
  }
  const go = (e, field) => {
    e.preventDefault();
    const el = document.getElementById(fieldId(field));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
    }
  };
  return html`<section class="problems" role="alert" aria-labelledby="problems-title" tabindex="-1" id="problems">
    <h2 id="problems-title">${t('problems')}（${t('problemCount', { n: problems.length })}）</h2>
    <ol>
      ${problems.map((p) => html`<li>
        ${p.field
          ? html`<a href="#" @click=${(e) => go(e, p.field)}>${labelOf(p.field)}</a>：`
          : nothing}${p.clause ? html`<span class="clause">${p.clause}</span> ` : nothing}${p.message}
      </li>`)}
    </ol>
  </section>`;
}

/** A failed call shown where it happened: the API's problem, in words. */
export function errorBox(err) {
  if (!err) {
    return nothing;
  }
  let text = err.message || String(err);
  if (err.status === 404) {
    text = t('notFound');
  } else if (err.status === 403 && !(err.problem && err.problem.clause)) {
    text = t('forbidden') + ' ' + (err.problem && err.problem.detail ? err.problem.detail : '');
  }
  const clause = err.problem && err.problem.clause;
  return html`<div class="error" role="alert">${clause ? html`<span class="clause">${clause}</span> ` : nothing}${text}</div>`;
}

let announcer;

/** Tells screen readers (and the person) what an act did, politely. */
export function announce(message) {
  if (!announcer) {
    announcer = document.getElementById('announcer');
  }
  if (announcer) {
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = message; }, 30);
  }
}

export function personName(dir, id) {
  if (!id) {
    return '';
  }
  const p = dir && dir.people.get(id);
  return p ? p.name : id;
}

export function personTitle(dir, id) {
  const p = dir && dir.people.get(id);
  return p ? `${p.name}（${p.title}）` : id || '';
}

/** Who acted, as a record keeps them ("liu.yang:OFFICE_STAFF"): the name and, if given, the role. */
export function actorName(dir, value, roleName) {
  if (!value) {
    return '';
  }
  const [id, role] = String(value).split(':');
  return role && roleName ? `${personName(dir, id)}（${roleName(role)}）` : personName(dir, id);
}

export function unitName(dir, id) {
  if (!id) {
    return '';
  }
  const u = dir && dir.units.get(id);
  return u ? u.name : id;
}

/** A status as a chip whose class names its state, for colour and for tests. */
export function chip(value, label) {
  return html`<span class="chip chip-${String(value).toLowerCase()}" data-state=${value}>${label}</span>`;
}

/** Runs an act while its button shows it is busy; the page re-renders either way. */
export async function acting(page, key, fn) {
  page.busy = key;
  page.error = null;
  page.update();
  try {
    return await fn();
  } catch (e) {
    page.error = e;
    throw e;
  } finally {
    page.busy = null;
    page.update();
  }
}
