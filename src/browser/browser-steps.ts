import { browserFamily, type DeviceHints } from '../common/browser-family';

/**
 * In each per-platform block, move the visitor's own platform to the top and leave only it open;
 * the others stay one tap away. `device` null opens every panel again (for printing). An
 * unrecognised device keeps every panel open, in the written order.
 */
export function showVisitorsBrowser(doc: Document, device: DeviceHints | null): void {
  const family = device === null ? undefined : browserFamily(device);
  for (const block of doc.querySelectorAll<HTMLElement>('[data-browser-steps]')) {
    const panels = [...block.querySelectorAll<HTMLDetailsElement>('details[data-browser]')];
    const match = panels.find((p) => p.dataset.browser === family);
    if (match && block.firstElementChild !== match) block.prepend(match);
    for (const panel of panels) {
      panel.open = !match || panel === match;
      const mark = panel.querySelector<HTMLElement>('.yours');
      if (mark) mark.hidden = panel !== match;
    }
  }
}
