/** Pages live in the hash (`#/data`), so any static host serves the app and the query string
 * stays free for the filters. */
export const PAGES = ['overview', 'data'] as const;
export type Page = (typeof PAGES)[number];

function parse(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'overview';
}

export class Router {
  page = $state<Page>(parse(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => (this.page = parse(location.hash)));
  }

  href(page: Page): string {
    return `${location.search}#/${page}`;
  }

  go(page: Page): void {
    location.hash = `#/${page}`;
  }
}
