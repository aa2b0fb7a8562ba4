#!/usr/bin/env node
// The `clausebook` command: runs the bundled CLI that `npm run build` writes to dist/cli.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli', 'clausebook.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write(
    'clausebook: the CLI has not been built yet. Run "npm run build" in the Clausebook folder.\n',
  );
  process.exit(2);
}
require(cli).runFromProcess();
