import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLORS } from '../../client/styles/colors';

const ROOT = join(__dirname, '../..');
const CLIENT = join(ROOT, 'client');
const TOKENS = join(CLIENT, 'styles/tokens.scss');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(path);
    return /\.s?css$/.test(e.name) ? [path] : [];
  });
}

/** Comments may mention a colour; only declarations count. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const COLOUR_LITERAL = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/g;
const NAMED_COLOUR = /:\s*[^;{]*\b(white|black|red|green|blue|gray|grey|pink|orange|yellow|purple)\b/g;

function colourLiterals(file: string): string[] {
  const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
  return lines.flatMap((line, i) => {
    const found = [...(line.match(COLOUR_LITERAL) ?? []), ...[...line.matchAll(NAMED_COLOUR)].map((m) => m[1])];
    return found.map((c) => `${relative(ROOT, file)}:${i + 1} ${c}`);
  });
}

describe('design tokens', () => {
  it('declares colours only in client/styles/tokens.scss', () => {
    const offenders = stylesheets(CLIENT)
      .filter((f) => f !== TOKENS)
      .flatMap(colourLiterals);
    expect(offenders).toEqual([]);
  });

  it('has every other stylesheet read its values from the token partial', () => {
    const withoutTokens = stylesheets(CLIENT)
      .filter((f) => f !== TOKENS)
      .filter((f) => /\$[a-z]/.test(withoutComments(readFileSync(f, 'utf8'))))
      .filter((f) => !/@use\s+'[./]*(?:\.\.\/)*styles\/tokens'|@use\s+'[^']*styles\/tokens'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(withoutTokens).toEqual([]);
  });

  it('keeps the colours script code passes to native dialogs equal to the tokens', () => {
    const tokens = readFileSync(TOKENS, 'utf8');
    for (const [name, value] of Object.entries(COLORS)) {
      expect(tokens).toMatch(new RegExp(`^\\$${name}: ${value};`, 'm'));
    }
  });

  it('notices a colour written straight into a stylesheet', () => {
    expect('.x { color: #b4235a; background: rgba(0, 0, 0, 0.5); border-color: white; }'.match(COLOUR_LITERAL)).toHaveLength(2);
    expect([...'.x { border: 1px solid white; }'.matchAll(NAMED_COLOUR)].map((m) => m[1])).toEqual(['white']);
    expect(withoutComments('// was #ffffff\n.x { color: $brand; }')).not.toMatch(COLOUR_LITERAL);
  });
});
