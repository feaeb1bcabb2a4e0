// The page templates (dashboard and transcript). Kept in a module (not .hbs files) so the built CLI
// needs no asset copy; the bundle precompiles every string exported here (scripts/bundle.mjs).
// No script: layers and modules collapse with <details>, which works from disk in any browser.
// Colour is never the only signal: every coloured thing also says its state in text.
export const DASHBOARD_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#if live}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'">{{else}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">{{/if}}
<title>{{title}} · dashboard</title>
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;
  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 1120px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.55rem; margin: .25rem 0; line-height: 1.25; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.02rem; margin: 0; display: inline; }
p { margin: .35rem 0; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: .86rem; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; }
.study { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: baseline; margin: .6rem 0; }
.hero { margin-top: 1rem; border-left: 5px solid var(--accent); }
.hero .score { font-size: 1.8rem; font-weight: 700; }
.exit-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
.exit-item { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .75rem; margin: .5rem 0; background: #fff; }
.exit-item.passed { border-left: 5px solid var(--mastered-fg); }
.exit-item.ready { border-left: 5px solid var(--high-fg); }
.state { font-weight: 600; }
.state.passed { color: var(--mastered-fg); }
.state.ready { color: var(--high-fg); }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .4rem; padding: 0; list-style: none; }
.chip { font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); }
.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }
.tone-learning-high { background: var(--high); color: var(--high-fg); }
.tone-learning-low { background: var(--low); color: var(--low-fg); }
.tone-untouched { background: var(--untouched); color: var(--fg); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: .75rem; margin: .5rem 0 1rem; }
.tile .label { color: var(--muted); font-size: .85rem; display: block; }
.tile .value { font-size: 1.35rem; font-weight: 650; display: block; line-height: 1.3; }
ol.next { padding-left: 1.3rem; }
ol.next li { margin: .35rem 0; }
.kind { font-weight: 600; }
details { margin: .4rem 0; }
details.layer > summary { padding: .5rem .7rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; cursor: pointer; }
details.module { margin: .5rem 0 .5rem .6rem; border-left: 3px solid var(--line); padding-left: .7rem; }
details.module.current { border-left-color: var(--accent); }
details.module > summary { cursor: pointer; padding: .25rem 0; }
.badge { display: inline-block; font-size: .78rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid currentColor; margin: .1rem .25rem .1rem 0; font-weight: 600; }
.badge.current { color: var(--accent); }
.badge.warn { color: var(--high-fg); }
.badge.bad { color: var(--low-fg); }
.badge.ok { color: var(--mastered-fg); }
.concepts { list-style: none; padding: 0; margin: .3rem 0; }
.concept { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) 84px; gap: .2rem .9rem; align-items: center; padding: .45rem 0; border-bottom: 1px solid var(--line); }
.concept .name { font-weight: 600; }
.bar { height: .55rem; background: var(--untouched); border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }
.bar > span { display: block; height: 100%; }
.bar .tone-mastered { background: var(--mastered-fg); }
.bar .tone-learning-high { background: #bf8700; }
.bar .tone-learning-low { background: #cf222e; }
.flags { grid-column: 1 / -1; }
.misconception { color: var(--low-fg); }
.integrity { border-left: 4px solid var(--low-fg); color: var(--low-fg); }
svg text { font-family: system-ui, sans-serif; }
.chart { width: 100%; max-width: 680px; height: auto; display: block; }
.map-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
.map-scroll:focus { outline: 2px solid var(--accent); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; padding: 0; list-style: none; }
@media (max-width: 600px) {
  .concept { grid-template-columns: minmax(0, 1fr) 84px; }
  .concept .meter { grid-column: 1 / -1; }
  h1 { font-size: 1.3rem; }
}
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
{{#if description}}<p class="muted">{{description}}</p>{{/if}}
<p class="muted small">{{#if empty}}No evidence yet.{{else}}{{events}} · last evidence {{lastEvent}}{{/if}} Regenerated after every record; derived from memory/evidence.jsonl.</p>
{{#if integrityProblem}}<p class="panel integrity" role="alert"><strong>The log does not verify.</strong> {{integrityProblem}} Run <code>tutor verify</code> for every finding.</p>{{/if}}
{{#if studyPages.length}}<nav class="study" aria-label="Study pages"><strong>Study pages:</strong>{{#each studyPages}} <a href="{{href}}">{{title}}</a>{{/each}}</nav>{{/if}}
</header>

{{#if empty}}
<section class="panel hero" aria-labelledby="start-h">
<h2 id="start-h" style="margin-top:0">Where to start</h2>
<p>Nothing is recorded yet, so everything below reads 0. Open your tutor in this folder and begin with {{#if start}}<strong>{{start.module}}</strong>: <strong>{{start.concept}}</strong>{{else}}the first module{{/if}}. After every exchange the tutor records how it went, and this page fills in: mastery per concept, misconceptions, what is ready to attempt.</p>
</section>
{{/if}}

<section aria-labelledby="exit-h">
<h2 id="exit-h">Exit test: Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} · Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</h2>
<div class="tiles" role="group" aria-label="Where you stand">
<div class="tile panel"><span class="label">Overall mastery, all concepts</span><span class="value" data-testid="overall">{{overall.percent}}%</span></div>
<div class="tile panel"><span class="label">Concepts mastered</span><span class="value" data-testid="mastered">{{overall.mastered}}/{{overall.concepts}}</span></div>
<div class="tile panel"><span class="label">Current module</span><span class="value">{{#if currentModule}}{{currentModule.id}} · {{currentModule.name}}{{else}}All mastered{{/if}}</span></div>
<div class="tile panel"><span class="label">Next move</span><span class="value">{{#if firstMove}}{{firstMove.label}}: {{firstMove.target}}{{else}}—{{/if}}</span></div>
</div>
<div class="exit-grid">
<div>
<h3>Mechanism ({{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} passed): explain it cold</h3>
{{#each mechanism}}{{> exitItem}}{{/each}}
</div>
<div>
<h3>Build ({{exitSummary.build.passed}}/{{exitSummary.build.total}} passed): ship it, with numbers</h3>
{{#each build}}{{> exitItem}}{{/each}}
</div>
</div>
</section>



<section aria-labelledby="next-h">
<h2 id="next-h">Next moves</h2>
<ol class="next">
{{#each next}}<li><span class="kind">{{label}}:</span> {{target}}<br><span class="muted small">{{why}}</span></li>
{{/each}}
</ol>
{{#if relapses.length}}<p><strong>Relapses:</strong> {{#each relapses}}<span class="badge bad">relapsed {{relapses}}×</span> {{text}} <span class="muted small">({{tag}})</span>{{#unless @last}}; {{/unless}}{{/each}}</p>{{/if}}
<h3>Ready to learn ({{readyToLearn.length}}): every prerequisite mastered</h3>
<ul class="chips" aria-label="Ready to learn">{{#each readyToLearn}}<li class="chip tone-{{tone}}">{{name}} · {{statusLabel}}</li>{{/each}}</ul>
</section>

<section aria-labelledby="time-h">
<h2 id="time-h">Mastery over time</h2>
{{#if timeline}}
<svg class="chart" viewBox="0 0 {{timeline.width}} {{timeline.height}}" role="img" aria-labelledby="time-title">
<title id="time-title">Overall mastery by day, {{timeline.first}} to {{timeline.last}}</title>
{{#each timeline.gridlines}}<line x1="44" x2="624" y1="{{y}}" y2="{{y}}" stroke="#d0d7de"/><text x="38" y="{{y}}" font-size="11" text-anchor="end" dominant-baseline="middle" fill="#57606a">{{label}}</text>{{/each}}
<polyline points="{{timeline.points}}" fill="none" stroke="#0550ae" stroke-width="2.5"/>
{{#each timeline.dots}}<circle cx="{{x}}" cy="{{y}}" r="4" fill="#0550ae"><title>{{label}}</title></circle>{{/each}}
<text x="44" y="172" font-size="11" fill="#57606a">{{timeline.first}}</text><text x="624" y="172" font-size="11" text-anchor="end" fill="#57606a">{{timeline.last}}</text>
</svg>
{{else}}<p class="muted">The line starts with the first recorded exchange.</p>{{/if}}
</section>

<section aria-labelledby="map-h">
<h2 id="map-h">Prerequisite map</h2>
<p class="muted small">Each concept sits right of everything it needs. Labels give mastery; ✓ marks mastered. Red links are prerequisite gaps.</p>
<ul class="legend" aria-label="Legend"><li class="chip tone-mastered">✓ mastered</li><li class="chip tone-learning-high">learning, ≥ 50%</li><li class="chip tone-learning-low">learning, &lt; 50%</li><li class="chip tone-untouched">not started</li></ul>
<div class="map-scroll" tabindex="0" role="region" aria-label="Prerequisite map (scrolls sideways)">
<svg width="{{map.width}}" height="{{map.height}}" viewBox="0 0 {{map.width}} {{map.height}}" role="img" aria-label="Prerequisite graph of {{overall.concepts}} concepts">
{{#each map.columns}}<text x="{{x}}" y="14" font-size="11" fill="#57606a">{{label}}</text>{{/each}}
{{#each map.edges}}<path d="{{d}}" fill="none" stroke="{{#if gap}}#cf222e{{else}}#8c959f{{/if}}" stroke-opacity="{{#if gap}}0.9{{else}}0.45{{/if}}" stroke-width="1.2"/>{{/each}}
{{#each map.nodes}}<g><title>{{name}}: {{status}}, mastery {{masteryPercent}}%</title><rect x="{{x}}" y="{{y}}" width="150" height="24" rx="5" class="node-{{tone}}" fill="{{#if (eq tone 'mastered')}}#d2f4dc{{else}}{{#if (eq tone 'learning-high')}}#fff1c2{{else}}{{#if (eq tone 'learning-low')}}#ffe2e0{{else}}#eef1f4{{/if}}{{/if}}{{/if}}" stroke="#8c959f"/><text x="{{x}}" y="{{y}}" dx="6" dy="16" font-size="11" fill="#1f2328">{{label}}</text></g>{{/each}}
</svg>
</div>
</section>

<section aria-labelledby="modules-h">
<h2 id="modules-h">Modules</h2>
<p class="muted small">Mastered: mastery ≥ {{policy.mastery_threshold}} over at least {{policy.min_observations}} observations. Stale: no evidence for {{policy.stale_days}} days.</p>
{{#each layers}}
<details class="layer" open data-layer="{{id}}">
<summary><h3>{{name}}</h3> <span class="muted small">{{progress}}</span>{{#if hasCurrent}} <span class="badge current">current</span>{{/if}}</summary>
{{#each modules}}
<details class="module{{#if current}} current{{/if}}"{{#if current}} open aria-current="step"{{/if}} data-module="{{id}}">
<summary><strong>{{id}} · {{name}}</strong> <span class="muted small">{{progress}} · {{percent mastery}}</span>{{#if current}} <span class="badge current">current module</span>{{/if}}</summary>
{{#if summary}}<p class="muted small">{{summary}}</p>{{/if}}
<ul class="concepts">
{{#each concepts}}<li class="concept" data-concept="{{id}}">
<div><span class="name">{{name}}</span><br><span class="small status-{{status}}">{{statusLabel}}</span> <span class="muted small">· {{observations}}{{#if lastEvidence}} · last {{lastEvidence}}{{/if}}</span></div>
<div class="meter"><div class="bar" aria-hidden="true"><span class="tone-{{tone}}" style="width: {{width mastery}}"></span></div><span class="small">mastery {{fixed2 mastery}}</span></div>
<div>{{#if spark.points}}<svg width="84" height="22" viewBox="0 0 84 22" role="img" aria-label="{{sparkTitle}}"><title>{{sparkTitle}}</title><polyline points="{{spark.points}}" fill="none" stroke="#0550ae" stroke-width="1.5"/><circle cx="{{spark.last.x}}" cy="{{spark.last.y}}" r="2.2" fill="#0550ae"/></svg>{{/if}}</div>
{{#if (or stale gaps open.length resolved relapses)}}<div class="flags small">{{#if stale}}<span class="badge warn">stale: {{stale}} days without evidence</span>{{/if}}{{#if gaps}}<span class="badge warn">prerequisite gap: {{gaps}}</span>{{/if}}{{#each open}}<span class="badge bad">misconception</span> <span class="misconception">{{text}}</span> <span class="muted">({{tag}}, since {{since}})</span> {{/each}}{{#if resolved}}<span class="badge ok">{{resolved}} resolved</span>{{/if}}{{#if relapses}}<span class="badge bad">{{relapses}} relapse(s)</span>{{/if}}</div>{{/if}}
</li>
{{/each}}
</ul>
</details>
{{/each}}
</details>
{{/each}}
</section>
</main>
{{#if live}}<script src="/__tutor/live.js" defer></script>{{/if}}
</body>
</html>
`;

export const EXIT_ITEM_PARTIAL = `<article class="exit-item {{state}}" data-exit="{{id}}">
<p><strong>{{id}}</strong> · <span class="state {{state}}">{{#if (eq state 'ready')}}◆ {{/if}}{{#if (eq state 'passed')}}✓ {{/if}}{{stateLabel}}</span> <span class="muted small">· {{attempts}}</span></p>
<p>{{prompt}}</p>
<ul class="chips" aria-label="Required concepts">{{#each requires}}<li class="chip tone-{{tone}}">{{#if (eq status 'mastered')}}✓ {{/if}}{{name}} {{percent mastery}}</li>{{/each}}</ul>
</article>`;

/** site/transcript.html: the tutoring chat, one collapsible section per day. */
export const TRANSCRIPT_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --learner:#eef4ff; --tutor:#f6f8fa; --accent:#0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); overflow-wrap: anywhere; }
main { max-width: 900px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .3rem 0; }
h2 { font-size: 1.1rem; margin: 0; display: inline; }
.muted { color: var(--muted); }
details.day { margin: 1rem 0; }
details.day > summary { cursor: pointer; padding: .5rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; position: sticky; top: 0; }
.turn { border-radius: 10px; padding: .4rem .9rem; margin: .7rem 0; border: 1px solid var(--line); }
.turn.learner { background: var(--learner); margin-right: 8%; }
.turn.tutor { background: var(--tutor); margin-left: 4%; }
.who { font-weight: 700; font-size: .85rem; }
.turn pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }
.turn code { font-size: .9em; }
.turn p.typed { white-space: pre-wrap; tab-size: 4; }
details.rewound { margin: .7rem 0; padding: .1rem .7rem; border: 1px dashed var(--muted); border-radius: 8px; }
details.rewound > summary { cursor: pointer; padding: .3rem 0; color: var(--muted); font-size: .9rem; }
details.rewound[open] > summary { border-bottom: 1px dashed var(--line); }
.turn table { border-collapse: collapse; display: block; overflow-x: auto; }
.turn th, .turn td { border: 1px solid var(--line); padding: .25rem .5rem; }
.turn blockquote { border-left: 3px solid var(--line); margin: .5rem 0; padding-left: .8rem; color: var(--muted); }
.reasoning summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.afterthought { margin-top: 2.5rem; border-top: 3px double var(--line); padding-top: 1rem; }
a { color: var(--accent); }
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted">{{summary}}. Verbatim from the tutor's session logs; tool calls, tool output and harness messages left out{{#if redacted}}; e-mail addresses and secrets replaced by [redacted] markers{{/if}}. <a href="./index.html">Dashboard</a></p>
</header>
{{#if empty}}<p>No tutoring conversation has been recorded for this workspace yet.</p>{{/if}}
{{#each days}}
<details class="day" open data-day="{{key}}">
<summary><h2>{{heading}}</h2></summary>
{{> transcriptItems items=items}}
</details>
{{/each}}
{{#if observations}}
<section class="afterthought" aria-labelledby="after-h">
<h2 id="after-h">Afterthought: the tutor's observations of the learner</h2>
<p class="muted"><em>Written by the tutor in memory/observations.md: an authored read of the learner, not part of the verbatim transcript.</em></p>
{{{observations}}}
</section>
{{/if}}
</main>
</body>
</html>
`;

/**
 * A day's turns, and the branches the learner rewound (issue 16) where they split off: collapsed,
 * their own turns inside, which may hold a branch of their own (the partial is recursive).
 */
export const TRANSCRIPT_ITEMS_PARTIAL = `{{#each items}}
{{#if branch}}<details class="rewound"><summary>{{branch.label}}</summary>
{{> transcriptItems items=branch.items}}
</details>
{{/if}}
{{#if turn}}<article class="turn {{turn.role}}"><p class="who">{{turn.label}} <span class="muted">· {{turn.time}}</span></p>
{{{turn.html}}}
{{#if turn.thinking}}<details class="reasoning"><summary>Tutor's stored reasoning</summary>{{{turn.thinking}}}</details>{{/if}}
</article>
{{/if}}
{{/each}}`;
