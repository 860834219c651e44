import { html, nothing } from '../ui.js';
import { login } from '../api.js';
import { t } from '../i18n.js';
import { Page } from './page.js';

/** A real login page: the account of the district's realm, checked by the API itself. */
export class LoginPage extends Page {
  title() {
    return t('login');
  }

  view() {
    const submit = async (e) => {
      e.preventDefault();
      const form = e.target;
      this.busy = 'login';
      this.message = null;
      this.update();
      try {
        await login(form.user.value.trim(), form.password.value);
        const next = sessionStorage.getItem('govmeeting.after') || '#/inbox';
        sessionStorage.removeItem('govmeeting.after');
        location.hash = next;
      } catch (err) {
        this.message =
          err.status === 401 ? t('wrongPassword') : err.status === 429 ? t('lockedOut')
            : err.status === 403 ? t('notInDirectory') : err.message;
        this.busy = null;
        this.update();
        const pw = document.getElementById('password');
        if (pw) {
          pw.select();
        }
      }
    };
    return html`<section class="login card">
      <h1>${t('loginTitle')}</h1>
      <form @submit=${submit} autocomplete="on">
        ${this.message ? html`<div class="error" role="alert" id="login-error">${this.message}</div>` : nothing}
        <label for="user">${t('user')}</label>
        <input id="user" name="user" autocomplete="username" required autofocus
          aria-describedby=${this.message ? 'login-error' : nothing}>
        <label for="password">${t('password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit" class="primary" id="login" ?disabled=${this.busy === 'login'}>
          ${this.busy === 'login' ? t('busy') : t('login')}</button>
      </form>
    </section>`;
  }
}
