/**
 * Copy text to the clipboard. The async Clipboard API needs a secure context and a focused
 * document; the old `execCommand('copy')` path covers the rest (plain-http intranets, older
 * browsers). Resolves to whether the text really reached the clipboard.
 */
async function copyText(text: string, win: Window = window): Promise<boolean> {
  try {
    if (win.navigator.clipboard && win.isSecureContext) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or document not focused: fall through to the legacy path.
  }
  const doc = win.document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  try {
    // Deprecated, but still the only copy path outside secure contexts.
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** One polite live region per page, so "Copied" is announced without moving focus. */
export function announce(message: string, doc: Document = document): void {
  let region = doc.getElementById('live-announcer');
  if (!region) {
    region = doc.createElement('div');
    region.id = 'live-announcer';
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    doc.body.append(region);
  }
  // Clear first so the same message twice is still announced.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** Show a short confirmation on a button, then restore its label. */
function flashLabel(button: HTMLElement, label: string, ms = 2000): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = label;
  setTimeout(() => {
    button.textContent = original;
  }, ms);
}

/** What a copy button says: on the button briefly (`copied`, `failed`; default "Copied" / "Copy failed") and to screen readers. */
export interface CopyWords {
  readonly copied?: string;
  readonly failed?: string;
  readonly said: string;
  readonly saidFailed: string;
}

/**
 * Copy `text` at once (call it straight from the click, with no `await` before it: Safari only
 * lets a click's own task write to the clipboard), then flash the outcome on `button` and
 * announce it. Resolves to whether the text reached the clipboard, for a fallback.
 */
export async function copyWithFeedback(button: HTMLElement, text: string, words: CopyWords, win: Window): Promise<boolean> {
  const ok = await copyText(text, win);
  flashLabel(button, ok ? (words.copied ?? 'Copied') : (words.failed ?? 'Copy failed'));
  announce(ok ? words.said : words.saidFailed, win.document);
  return ok;
}
