// Type-checked lint of a `.svelte` file needs the props of the components it uses. Without this
// flag, TypeScript resolves `import X from './X.svelte'` to Svelte's ambient `declare module
// '*.svelte'`: every snippet parameter and callback argument a generic component hands back
// (DataTable's row, Repeater's item, FormField's attributes) reads as `any`, and the no-unsafe-*
// rules report ~580 uses across ui and the apps that svelte-check types correctly. With it,
// svelte-eslint-parser serves each component's own props (generics inferred from the attributes,
// as svelte-check does), so those uses are checked against the real types instead of annotated
// by hand. The parser reads the flag when it is first loaded, so this module is imported before
// eslint-plugin-svelte. The flag is marked experimental upstream (svelte-eslint-parser README,
// "ts.sys.readFile hook"); the lockfile pins the parser, and if a release drops the hook the
// no-unsafe-* findings come back as errors rather than passing silently. `=0` turns it off.
process.env.SVELTE_ESLINT_PARSER_EXPERIMENTAL_TS_SYS_HOOK ??= '1';
