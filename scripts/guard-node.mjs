// Stops any npm script that would run on a Node.js older than Astro 7 supports.
// npm puts node_modules/.bin first on PATH, so after `npm install` the `node@22`
// devDependency answers to `node`; this guard catches the cases where it does not.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Role Atlas needs Node.js >= 22.12, but this script is running on ${process.version}.\n` +
      'Run `npm install` first: it installs Node 22 into node_modules/.bin (devDependency "node"),\n' +
      'and every `npm run …` uses it. If npm skipped its install script, run\n' +
      '`npm install-scripts approve node esbuild && npm rebuild node`, or install Node >= 22.12 yourself.',
  );
  process.exit(1);
}
