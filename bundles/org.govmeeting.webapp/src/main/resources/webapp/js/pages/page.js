// What every page has: the app that shows it, the act it is busy with, the last error.

export class Page {
  constructor() {
    this.app = null;
    this.busy = null;
    this.error = null;
  }

  /** Shows the page again with its current state. */
  update() {
    if (this.app && this.app.page === this) {
      this.app.render();
    }
  }

  dispose() {}
}
