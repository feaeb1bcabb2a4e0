// markdown-it-footnote ships no types; its DefinitelyTyped package types it against markdown-it's
// CommonJS typings, which do not match the ES module ones this project uses.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';
  const footnote: PluginSimple;
  export default footnote;
}
