// Runs miniprogram-ci's compiler in its own node process (its forked compiler does not finish
// inside jest's module sandbox) and prints the compiled file names as one JSON line.
// Usage: node compile-with-ci.js <projectDir> <privateKeyPath>
const ci = require('miniprogram-ci');

const [projectPath, privateKeyPath] = process.argv.slice(2);
const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath, privateKeyPath, ignores: [] });
project.attr = async () => ci.DefaultProjectAttr;
ci.getCompiledResult({
  project,
  version: '0.0.0-test',
  // The devtools' ES6 transform is left to upload time: it makes this step 20× slower, and the
  // build already parses as ES2017 (tests/unit/weapp-build-settings.test.ts).
  setting: { es6: false, es7: false, minify: false, minifyWXML: true, minifyWXSS: true, autoPrefixWXSS: true },
  onProgressUpdate: () => undefined,
})
  .then((compiled) => {
    process.stdout.write('\nCOMPILED ' + JSON.stringify(Object.keys(compiled)) + '\n');
    process.exit(0);
  })
  .catch((e) => {
    process.stdout.write('\nFAILED ' + JSON.stringify(String((e && e.message) || e)) + '\n');
    process.exit(1);
  });
