// The dashboard template. Kept in a module (not a .hbs file) so the built CLI needs no asset copy.
export const DASHBOARD_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · dashboard</title>
<style>
:root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --ok:#1a7f37; --warn:#9a6700; --bad:#cf222e; --bg:#ffffff; --tile:#f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
.muted { color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: .75rem; margin-top: 1rem; }
.tile { background: var(--tile); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
.tile .v { font-size: 1.4rem; font-weight: 600; display: block; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.status-mastered { color: var(--ok); font-weight: 600; }
.status-learning { color: var(--warn); }
.status-untouched { color: var(--muted); }
.badge { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: 4px; border: 1px solid var(--line); margin: .1rem .2rem .1rem 0; }
.badge.bad { border-color: var(--bad); color: var(--bad); }
.badge.warn { border-color: var(--warn); color: var(--warn); }
.table-wrap { overflow-x: auto; }
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted">{{#if empty}}No evidence yet: the first logged exchange starts the record.{{else}}{{events}} logged events · last evidence {{lastEvent}}{{/if}}</p>
</header>

<section aria-labelledby="exit-h">
<h2 id="exit-h">Exit test: Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} · Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</h2>
<ul>
{{#each exitItems}}
<li><strong>{{id}}</strong> ({{kind}}) — {{#if passed}}<span class="status-mastered">passed</span>{{else}}{{#if ready}}<span class="badge warn">ready to attempt</span>{{else}}not ready{{/if}}{{/if}} · {{attempts}} attempt(s)<br><span class="muted">{{prompt}}</span></li>
{{/each}}
</ul>
</section>

<section class="tiles" aria-label="Where you stand">
<div class="tile"><span class="muted">Overall mastery (all concepts)</span><span class="v">{{percent overall.mastery}}</span></div>
<div class="tile"><span class="muted">Concepts mastered</span><span class="v">{{overall.mastered}}/{{overall.concepts}}</span></div>
<div class="tile"><span class="muted">Current module</span><span class="v">{{currentModule}}</span></div>
<div class="tile"><span class="muted">Next move</span><span class="v">{{#if firstMove}}{{firstMove.label}}: {{firstMove.targetName}}{{else}}—{{/if}}</span></div>
</section>

<section aria-labelledby="next-h">
<h2 id="next-h">Next moves</h2>
<ol>
{{#each next}}<li><strong>{{label}}</strong>: {{targetName}} <span class="muted">— {{why}}</span></li>
{{/each}}
</ol>
</section>

<section aria-labelledby="modules-h">
<h2 id="modules-h">Modules</h2>
{{#each modules}}
<h3>{{id}} · {{name}}{{#if layer}} <span class="muted">({{layer}})</span>{{/if}}{{#if current}} <span class="badge warn">current</span>{{/if}} <span class="muted">— {{mastered}}/{{total}} mastered, {{percent mastery}}</span></h3>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Concept</th><th scope="col">Mastery</th><th scope="col">Status</th><th scope="col">Observations</th><th scope="col">Flags</th></tr></thead>
<tbody>
{{#each concepts}}<tr><td>{{name}}</td><td>{{fixed2 mastery}}</td><td class="status-{{status}}">{{status}}</td><td>{{observations}}</td><td>{{#if stale}}<span class="badge warn">stale {{stale}} d</span>{{/if}}{{#each gaps}}<span class="badge warn">gap: {{this}}</span>{{/each}}{{#each open}}<span class="badge bad">misconception: {{text}}</span>{{/each}}{{#if resolved}}<span class="badge">{{resolved}} resolved</span>{{/if}}{{#if relapses}}<span class="badge bad">{{relapses}} relapse(s)</span>{{/if}}</td></tr>
{{/each}}
</tbody>
</table></div>
{{/each}}
</section>
</main>
</body>
</html>
`;
