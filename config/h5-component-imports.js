/**
 * H5 only (config/index.ts): `import { Button, View } from '@tarojs/components'` becomes one
 * import per component, each from its own copy of Taro's React component table
 * (`components.js?only=Button`, `components.js?only=View`).
 *
 * Why: webpack decides which exports of a module are used once for the whole app, not per
 * chunk, and Taro's H5 build copies `components.js` into every page chunk. So every page
 * chunk carried the element code of every component any tab page uses (Picker, Textarea,
 * Input, Switch, Button: about 40 KiB minified in the home chunk, which shows none of them;
 * slow-phone bench, README perf). With one module per component, a chunk holds the elements
 * its own page renders. Type-only specifiers stay on the package import.
 */
const COMPONENTS = require.resolve('@tarojs/components/lib/react/components.js');
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]@tarojs\/components['"];?/g;

module.exports = function h5ComponentImports(source) {
  return source.replace(IMPORT, (whole, names) => {
    const specs = names
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const types = specs.filter((s) => s.startsWith('type '));
    const lines = specs
      .filter((s) => !s.startsWith('type '))
      .map((s) => `import { ${s} } from ${JSON.stringify(`${COMPONENTS}?only=${s.split(/\s+as\s+/)[0]}`)};`);
    if (types.length) lines.push(`import { ${types.join(', ')} } from '@tarojs/components';`);
    // Same number of lines as before, so positions in source maps still match.
    return lines.join(' ') + '\n'.repeat((whole.match(/\n/g) || []).length);
  });
};
