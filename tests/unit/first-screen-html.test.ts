import { escapeHtml, firstScreenHtml } from '../../client/pages/index/first-screen.html';
import { SERVICES } from '../../client/pages/index/services';
import { HELP_LINES } from '../../client/components/HelpStrip/lines';
import { isKnownPage } from '../../shared/pages';

/** The home's HTML first screen as the build writes it into index.html (browser tests: first-screen.e2e). */
describe('firstScreenHtml', () => {
  const html = firstScreenHtml();
  const script = html.split('<script>')[1]?.split('</script>')[0] ?? '';

  it('links every service card to a page of the app and carries every help number', () => {
    for (const s of SERVICES) {
      expect(isKnownPage(s.url)).toBe(true);
      expect(html).toContain(`href="${s.url}"`);
      expect(html).toContain(s.title);
    }
    for (const line of HELP_LINES) expect(html).toContain(`data-first-screen="call" data-number="${line.number}"`);
  });

  it('keeps the copy in an inert template and ships a script that parses', () => {
    expect(html.startsWith('<template id="first-screen-template"><div id="first-screen"')).toBe(true);
    expect(() => new Function(script)).not.toThrow();
  });

  it('escapes what it writes into HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
