import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { recordHtml, SPLIT_RULES, splitPage } from '../../../scripts/search-records';

const faqHtml = `<!doctype html><html lang="en"><body><main data-pagefind-body>
<h1>Questions</h1>
<section class="faq-answer" aria-labelledby="wrong-clock"><h2 id="wrong-clock"><a class="heading-link" href="#wrong-clock">My clock is wrong?</a></h2>
<p>Yes, <a href="/causes/clock-skew/">set it</a>.</p><h3 id="sub">Details</h3><p data-pagefind-ignore>Read more</p></section>
<section class="faq-answer"><h2 id="vpn">VPN & "me"?</h2><p>Maybe.</p></section>
</main></body></html>`;

describe('splitPage', () => {
  const faqRule = SPLIT_RULES.find((r) => r.path === '/faq/')!;
  const records = splitPage(faqHtml, faqRule, (id) => (id === 'vpn' ? ['nordvpn logs me out', 'a "quoted" word'] : []));

  it('makes each answer a record linking to its anchor', () => {
    expect(records.map((r) => r.url)).toEqual(['/faq/#wrong-clock', '/faq/#vpn']);
  });

  it('titles the record with the question as its h1, keeps the answer, drops inner ids', () => {
    const doc = parse(records[0]!.html);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('[data-pagefind-body] h1')!.textContent).toBe('My clock is wrong?');
    expect(doc.querySelectorAll('h2')).toHaveLength(0);
    expect(doc.querySelectorAll('[id]')).toHaveLength(0);
    expect(doc.querySelector('[data-pagefind-body]')!.textContent).toContain('Yes, set it.');
    expect(doc.querySelector('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('carries the answer’s keywords as escaped metadata', () => {
    const doc = parse(records[1]!.html);
    expect(doc.querySelector('title')!.textContent).toBe('VPN & "me"?');
    const meta = doc.querySelector('meta[data-pagefind-meta="keywords[content]"]')!;
    expect(meta.getAttribute('content')).toBe('nordvpn logs me out, a "quoted" word');
    expect(parse(records[0]!.html).querySelector('meta')).toBeNull();
  });

  it('splits the checklist by item id, titled by its action', () => {
    const html =
      '<html lang="en"><body><main data-pagefind-body><ol class="checklist"><li id="keep-cookies"><strong>Keep cookies</strong><br>Because.</li></ol></main></body></html>';
    const [rec] = splitPage(
      html,
      SPLIT_RULES.find((r) => r.path === '/prevent/')!,
    );
    expect(rec!.url).toBe('/prevent/#keep-cookies');
    expect(parse(rec!.html).querySelector('h1')!.textContent).toBe('Keep cookies');
  });

  it('fails loudly on a FAQ answer without an id', () => {
    expect(() => splitPage('<section class="faq-answer"><h2>No id</h2></section>', faqRule)).toThrow(/no h2\[id\]/);
  });

  it('recordHtml escapes the title', () => {
    expect(recordHtml('en', '<b>', '', [])).toContain('<h1>&lt;b></h1>');
  });
});
