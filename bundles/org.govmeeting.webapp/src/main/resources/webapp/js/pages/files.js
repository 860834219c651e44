// Files the API serves behind the person's login: fetched with it, then handed to the browser.

import { api } from '../api.js';

/** Downloads a file of the API under its own name. */
export async function download(path, name) {
  // Any type: a document's resource produces only its own (application/pdf, a file's type).
  const r = await api.send('GET', path, { raw: true, headers: { Accept: '*/*' } });
  const url = URL.createObjectURL(r.data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
