import { browserFamily } from '../lib/browser-family';

/**
 * Leave only the visitor's browser open in each per-browser block. `userAgent` null opens every
 * block again (for printing). An unrecognised browser keeps all of them open.
 */
export function showVisitorsBrowser(doc: Document, userAgent: string | null): void {
  const family = userAgent === null ? undefined : browserFamily(userAgent);
  for (const block of doc.querySelectorAll<HTMLElement>('[data-browser-steps]')) {
    const panels = [...block.querySelectorAll<HTMLDetailsElement>('details[data-browser]')];
    const match = panels.find((p) => p.dataset.browser === family);
    for (const panel of panels) {
      panel.open = !match || panel === match;
      const mark = panel.querySelector<HTMLElement>('.yours');
      if (mark) mark.hidden = panel !== match;
    }
  }
}
