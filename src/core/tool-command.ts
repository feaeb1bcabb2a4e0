// How the tutor runs the tool where no manifest says (core/workspace-files.ts writes one in every
// workspace made by `tutor init`): in the source repository itself. Apart, so that the context brief
// can name it without loading the rulebook.

/**
 * How the source repository's own rulebook runs the tool (it is a workspace too): the bundle that
 * `npm install` built, run by node from the repository's root. `npx --no tutor` would find it as
 * well, but npx's own start-up made every record about four times as slow (issue 17).
 */
export const SOURCE_REPOSITORY_COMMAND = 'node dist/bundle/main.js';
