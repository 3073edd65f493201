#!/usr/bin/env node
// The `doithoai` command. It lives outside dist/ so the file exists when pnpm links the bin at
// install time (before the build); pnpm warned once per dependent package when it pointed at
// dist/cli.js. Run `pnpm build` (or `npm start`) first: the command line itself is built.
import '../dist/cli.js';
