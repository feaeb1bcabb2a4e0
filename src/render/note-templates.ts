// Templates of the study notes (issue 18): the note page, and the dashboard's links to notes (small
// partials, so the dashboard template only names them). Precompiled by scripts/bundle.mjs like
// templates.ts. No script: the page's CSP forbids it outright (script-src 'none'); KaTeX's CSS and
// fonts come from the site's one copy (../assets/katex/), hence style-src and font-src 'self'.

export const NOTE_PAGE_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>{{title}} · study note</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../assets/katex/katex.min.css">
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;
  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4;
  --must:#fff8e1; --must-fg:#7d4e00; --curious:#eef4ff; --curious-fg:#0550ae; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 820px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .3rem 0; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: .88rem; }
.crumbs { margin: .2rem 0 .6rem; }
.lede { font-size: 1.05rem; margin: .3rem 0; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .7rem 1rem; margin: 1rem 0; }
.panel h2 { margin: 0 0 .4rem; font-size: 1.05rem; }
.tags, .chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; padding: 0; list-style: none; }
.tag, .chip { display: inline-block; font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); background: #fff; }
.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }
.tone-learning-high { background: var(--high); color: var(--high-fg); }
.tone-learning-low { background: var(--low); color: var(--low-fg); }
.tone-untouched { background: var(--untouched); color: var(--fg); }
ul.standing { list-style: none; padding: 0; margin: .3rem 0; }
ul.standing li { padding: .4rem 0; border-top: 1px solid var(--line); }
ul.standing li:first-child { border-top: 0; }
.problems { border-left: 4px solid var(--high-fg); }
.note-body pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }
.note-body code { font-size: .9em; }
.note-body :not(pre) > code { background: var(--panel); border-radius: 4px; padding: 0 .25em; }
.note-body img { max-width: 100%; height: auto; }
.note-body hr { border: 0; border-top: 1px solid var(--line); margin: 1.4rem 0; }
.note-body blockquote { border-left: 3px solid var(--line); margin: .8rem 0; padding: .1rem .9rem; color: var(--muted); }
.table-scroll { overflow-x: auto; margin: .8rem 0; }
.table-scroll table { border-collapse: collapse; }
.table-scroll th, .table-scroll td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; overflow-wrap: normal; min-width: 5ch; }
.math-display { display: block; overflow-x: auto; overflow-y: hidden; max-width: 100%; padding: .2rem 0; }
.katex-display { margin: .6rem 0; }
.math-error { color: var(--low-fg); }
aside.callout { border: 1px solid var(--line); border-left: 5px solid; border-radius: 8px; padding: .2rem 1rem; margin: 1rem 0; }
aside.callout-must-know { background: var(--must); border-left-color: var(--must-fg); }
aside.callout-curious { background: var(--curious); border-left-color: var(--curious-fg); }
.callout-title { margin: .5rem 0 .2rem; }
aside.callout-must-know .callout-title strong { color: var(--must-fg); }
aside.callout-curious .callout-title strong { color: var(--curious-fg); }
.footnotes { font-size: .9rem; }
.footnotes-sep { border: 0; border-top: 1px solid var(--line); margin-top: 2rem; }
footer { margin: 2rem 0 1rem; }
@media (max-width: 600px) { main { padding: .6rem; } h1 { font-size: 1.35rem; } .panel { padding: .6rem .7rem; } }
</style>
</head>
<body>
<main>
<nav class="crumbs small" aria-label="Back"><a href="../index.html" data-testid="back">← Dashboard</a></nav>
<header>
<h1>{{title}}</h1>
{{#if description}}<p class="lede">{{description}}</p>{{/if}}
{{#if modules.length}}<p class="muted small">{{#each modules}}{{#unless @first}} · {{/unless}}Module {{id}}: {{name}}{{/each}}</p>{{/if}}
{{#if tags.length}}<ul class="tags" aria-label="Tags" data-testid="tags">{{#each tags}}<li class="tag">#{{this}}</li>{{/each}}</ul>{{/if}}
</header>
{{#if concepts.length}}<section class="panel" aria-labelledby="standing-h" data-testid="standing">
<h2 id="standing-h">Where you stand on this</h2>
<ul class="standing">
{{#each concepts}}<li data-concept="{{id}}"><strong>{{name}}</strong> <span class="chip tone-{{tone}}">{{statusLabel}} · mastery {{masteryText}}</span><br><span class="small">{{standing}}</span><br><span class="small"><strong>Next:</strong> {{next}}</span></li>
{{/each}}
</ul>
<p class="muted small">Updated from the log with every record; <a href="../index.html">the dashboard</a> has the evidence.</p>
</section>{{/if}}
{{#if problems.length}}<section class="panel problems" aria-labelledby="problems-h" data-testid="problems">
<h2 id="problems-h">Problems with this note</h2>
<ul class="small">{{#each problems}}<li>{{this}}</li>{{/each}}</ul>
</section>{{/if}}
<article class="note-body" data-testid="note-body">
{{{body}}}
</article>
<footer class="muted small">Rendered from {{source}} by <code>tutor build</code>. Edit the note, not this page.</footer>
</main>
</body>
</html>
`;

/** Under a module, or in a concept's "why": the notes that teach it. `notes` is a list of links. */
export const NOTE_LINKS_PARTIAL = `{{#if notes.length}}<p class="small note-links" data-testid="note-links"><strong>Study notes:</strong>{{#each notes}} <a href="{{href}}">{{title}}</a>{{#unless @last}} ·{{/unless}}{{/each}}</p>{{/if}}`;
