// The one door to Handlebars. Here templates are compiled from their source on first use; the
// shipped bundle swaps this module for one whose templates were precompiled at build time
// (scripts/bundle.mjs), so a `tutor log` loads Handlebars' small runtime and never its compiler
// (issue 8: loading the compiler and compiling the dashboard cost ~35 ms of every record).
// Every template is strict: a missing field in a view model is an error, not an empty string.
import Handlebars from 'handlebars';

export type Template = Handlebars.TemplateDelegate;
export type TemplateEnvironment = typeof Handlebars;

export function createEnvironment(): TemplateEnvironment {
  return Handlebars.create();
}

export function compileTemplate(env: TemplateEnvironment, source: string): Template {
  return env.compile(source, { strict: true });
}

export const escapeExpression: (text: string) => string = Handlebars.escapeExpression;
