// The app's frame: who is logged in, the navigation their roles need, and one page at a time,
// chosen by the address's fragment (#/inbox, #/topics/12, #/meetings/3 …).

import { html, render, nothing } from '../vendor/lit-html/lit-html.js';
import { session, logout, holds, whenExpired, directory } from './api.js';
import { t, lang, setLang } from './i18n.js';
import { roleName } from './rules.js';
import { LoginPage } from './pages/login.js';
import { InboxPage } from './pages/inbox.js';
import { TopicsPage } from './pages/topics.js';
import { TopicFormPage } from './pages/topic-form.js';
import { MeetingsPage } from './pages/meetings.js';
import { ConsolePage } from './pages/console.js';
import { MinutesListPage, MinutesPage } from './pages/minutes.js';
import { SupervisionPage } from './pages/supervision.js';
import { CompliancePage } from './pages/compliance.js';
import { ArchivesPage } from './pages/archives.js';
import { DistrictsPage } from './pages/districts.js';

const ROUTES = [
  [/^#\/login$/, () => new LoginPage()],
  [/^#\/inbox$/, () => new InboxPage()],
  [/^#\/topics$/, () => new TopicsPage()],
  [/^#\/topics\/new$/, () => new TopicFormPage(null)],
  [/^#\/topics\/(\d+)$/, (m) => new TopicFormPage(Number(m[1]))],
  [/^#\/meetings$/, () => new MeetingsPage()],
  [/^#\/meetings\/(\d+)$/, (m) => new ConsolePage(Number(m[1]))],
  [/^#\/meetings\/(\d+)\/compliance$/, (m) => new CompliancePage(Number(m[1]))],
  [/^#\/minutes$/, () => new MinutesListPage()],
  [/^#\/minutes\/(\d+)$/, (m) => new MinutesPage(Number(m[1]))],
  [/^#\/supervision$/, () => new SupervisionPage()],
  [/^#\/archives$/, () => new ArchivesPage()],
  [/^#\/districts$/, () => new DistrictsPage()],
];

const OFFICE = ['OFFICE_DIRECTOR', 'OFFICE_STAFF'];

/** The pages a person's roles make sense of; the API still decides what each may see and do. */
function navItems() {
  const items = [['#/inbox', 'inbox']];
  if (holds('DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'FINANCE_HEAD', 'JUSTICE_HEAD', 'AUDIT_HEAD', 'PETITIONS_HEAD', 'SUBDISTRICT_HEAD', ...OFFICE)) {
    items.push(['#/topics', 'myTopics']);
  }
  items.push(['#/meetings', 'meetings']);
  items.push(['#/minutes', 'minutes']);
  // Everyone: the units carry the tasks (I1), the Office and the mayor supervise them.
  items.push(['#/supervision', 'supervision']);
  if (holds('MAYOR', ...OFFICE)) {
    items.push(['#/archives', 'archives']);
  }
  if (holds('PLATFORM_ADMINISTRATOR')) {
    items.push(['#/districts', 'districts']);
  }
  return items;
}

/** The caller's own district (one platform serves several); the default one's name before login. */
function districtName(s) {
  const d = s && s.me ? s.me.district : null;
  if (!d || d.id === 'qianjin') {
    return t('district');
  }
  return lang() === 'en' ? `${d.name} (${d.id})` : `${d.name}人民政府`;
}

class App {
  constructor(root) {
    this.root = root;
    // The placeholder of index.html, shown until the modules have loaded.
    root.textContent = '';
    this.page = null;
    window.addEventListener('hashchange', () => this.route());
    whenExpired(() => {
      logout();
      location.hash = '#/login';
    });
  }

  route() {
    let hash = location.hash || '';
    if (!session() && hash !== '#/login') {
      sessionStorage.setItem('govmeeting.after', hash && hash !== '#/login' ? hash : '#/inbox');
      location.hash = '#/login';
      return;
    }
    if (session() && (hash === '' || hash === '#/' || hash === '#/login')) {
      location.hash = '#/inbox';
      return;
    }
    if (this.page && this.page.dispose) {
      this.page.dispose();
    }
    let page = null;
    for (const [re, make] of ROUTES) {
      const m = hash.match(re);
      if (m) {
        page = make(m);
        break;
      }
    }
    this.page = page || new InboxPage();
    this.page.app = this;
    this.render();
    Promise.resolve(this.page.load ? this.page.load() : null)
      .catch((e) => { this.page.error = e; })
      .finally(() => this.render());
    const main = document.getElementById('main');
    if (main && this.focusMain) {
      main.focus();
    }
    this.focusMain = true;
  }

  render() {
    render(this.frame(), this.root);
    document.title = (this.page && this.page.title ? this.page.title() + ' · ' : '') + t('app');
  }

  frame() {
    const s = session();
    const other = lang() === 'en' ? 'zh' : 'en';
    const switchLang = () => {
      setLang(other);
      directory();
      this.render();
      if (this.page && this.page.load && this.page.reloadOnLanguage) {
        this.page.load().finally(() => this.render());
      }
    };
    const out = () => {
      logout();
      location.hash = '#/login';
    };
    const hash = location.hash;
    const person = s && s.me ? s.me.person : null;
    return html`
      <header class="top">
        <div class="brand"><span class="emblem" aria-hidden="true"></span>
          <span><strong>${t('app')}</strong><small class="district">${districtName(s)}</small></span></div>
        ${person
          ? html`<nav aria-label=${t('nav')}><ul>
              ${navItems().map(([href, key]) => html`<li><a href=${href}
                aria-current=${hash.startsWith(href) ? 'page' : 'false'}>${t(key)}</a></li>`)}
            </ul></nav>
            <div class="who"><span class="person" data-person=${person.id}>${person.name}</span>
              <small>${person.roles.map(roleName).join('、')}</small></div>`
          : nothing}
        <div class="tools">
          <button type="button" class="link" @click=${switchLang} aria-label=${t('languageLabel')}
            lang=${other === 'en' ? 'en' : 'zh-CN'}>${t('language')}</button>
          ${person ? html`<button type="button" class="link" id="logout" @click=${out}>${t('logout')}</button>` : nothing}
        </div>
      </header>
      <main id="main" tabindex="-1">${this.page ? this.page.view() : nothing}</main>
      <div id="announcer" class="visually-hidden" aria-live="polite"></div>`;
  }
}

setLang(lang());
const app = new App(document.getElementById('app'));
app.focusMain = false;
app.route();
