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
.exit-item { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: .5rem 0; background: #fff; }
.exit-item > summary { cursor: pointer; }
.exit-item .gist { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; color: var(--muted); font-size: .9rem; }
.exit-item[open] .gist { display: none; }
footer { margin: 2rem 0 1rem; }
.note { color: var(--fg); }
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
.hero h2 { margin-top: 0; }
.standing { margin: .2rem 0; }
.facts { margin: .3rem 0 .6rem; padding-left: 1.1rem; }
.facts li { margin: .15rem 0; }
.next-move { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 8px; padding: .5rem .8rem; margin: .5rem 0; }
.next-move .label { margin: 0; color: var(--muted); font-size: .85rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.next-move .move { font-size: 1.15rem; margin: .1rem 0; }
.next-move .why { margin: .1rem 0; }
details.more > summary { cursor: pointer; color: var(--accent); padding: .2rem 0; }
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
.concept { border-bottom: 1px solid var(--line); }
.concept summary.row { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) 84px; gap: .2rem .9rem; align-items: center; padding: .45rem 0; cursor: pointer; list-style: none; }
.concept summary.row::-webkit-details-marker { display: none; }
.concept summary.row .head::before { content: "▸ "; color: var(--muted); }
.concept details[open] > summary.row .head::before { content: "▾ "; }
.concept .name { font-weight: 600; }
.meter { display: block; }
.bar { display: block; height: .55rem; background: var(--untouched); border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }
.bar > span { display: block; height: 100%; }
.bar .tone-mastered { background: var(--mastered-fg); }
.bar .tone-learning-high { background: #bf8700; }
.bar .tone-learning-low { background: #cf222e; }
.flags { grid-column: 1 / -1; }
.evidence { padding: .2rem 0 .7rem 1.1rem; }
.evidence p { margin: .3rem 0; }
ol.exchanges { margin: .2rem 0; padding-left: 1.3rem; font-size: .9rem; }
ol.exchanges li { margin: .25rem 0; }
.misconception { color: var(--low-fg); }
.integrity { border-left: 4px solid var(--low-fg); color: var(--low-fg); }
svg text { font-family: system-ui, sans-serif; }
.chart { width: 100%; max-width: 680px; height: auto; display: block; }
.map-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
.map-scroll:focus { outline: 2px solid var(--accent); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; padding: 0; list-style: none; }
@media (max-width: 600px) {
  .concept summary.row { grid-template-columns: minmax(0, 1fr) 84px; }
  .concept .meter { grid-column: 1 / -1; }
  main { padding: .6rem; }
  .panel { padding: .6rem .7rem; }
  h1 { font-size: 1.3rem; }
}
{{> chartStyles}}
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted small" data-testid="as-of">As of {{asOf}} · {{#if empty}}no evidence yet{{else}}{{events}}, the last on {{lastEvent}}{{/if}}</p>
{{#if courseProblem}}<p class="panel integrity" role="alert" data-testid="course-problem"><strong>This page is not current: the course file is broken.</strong> It shows the last state that could be computed. {{courseProblem}}</p>{{/if}}
{{#if integrityProblem}}<p class="panel integrity" role="alert"><strong>The log does not verify.</strong> {{integrityProblem}} Run <code>tutor verify</code> for every finding.</p>{{/if}}
{{#if studyPages.length}}<nav class="study" aria-label="Study pages"><strong>Study pages:</strong>{{#each studyPages}} <a href="{{href}}">{{title}}</a>{{/each}}</nav>{{/if}}
{{> noteLinks notes=notes.all}}
</header>

<section class="panel hero" aria-labelledby="stand-h">
<h2 id="stand-h">Where you stand</h2>
{{#if empty}}<p>Nothing is recorded yet, so everything here reads 0. Open your tutor in this folder and begin with {{#if start}}<strong>{{start.module}}</strong>: <strong>{{start.concept}}</strong>{{else}}the first module{{/if}}. After every exchange the tutor records how it went, and this page fills in.</p>{{/if}}
<p class="standing"><span class="score" data-testid="overall">{{overall.percent}}%</span> <span class="muted">overall mastery, over all {{overall.concepts}} concepts</span></p>
<ul class="facts">
<li><strong data-testid="mastered">{{overall.mastered}}/{{overall.concepts}}</strong> concepts mastered{{#if overall.due}} <span class="badge warn">{{overall.due}} due for review</span>{{/if}}</li>
<li>Exit test: <strong>Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} · Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</strong> passed</li>
<li>Current module: <strong>{{#if currentModule}}{{currentModule.id}} · {{currentModule.name}}</strong> <span class="muted">({{currentModule.progress}})</span>{{else}}every module mastered</strong>{{/if}}</li>
</ul>
<div class="next-move" data-testid="next-move" id="next-h">
<p class="label">Next move</p>
{{#if firstMove}}<p class="move"><strong>{{firstMove.label}}: {{firstMove.target}}</strong></p>
<p class="why"><span class="muted">Why:</span> {{firstMove.why}}</p>{{else}}<p class="move">Nothing to suggest: the log is empty or everything is done.</p>{{/if}}
</div>
{{#if otherMoves.length}}<details class="more" data-testid="other-moves"><summary>{{otherMoves.length}} more next move{{#unless (eq otherMoves.length 1)}}s{{/unless}}, ranked</summary>
<ol class="next" start="2">
{{#each otherMoves}}<li><span class="kind">{{label}}:</span> {{target}}<br><span class="muted small">{{why}}</span></li>
{{/each}}
</ol></details>{{/if}}
{{#if relapses.length}}<p class="small"><strong>Came back after being resolved:</strong> {{#each relapses}}{{text}} <span class="muted">([{{tag}}], {{relapses}}×{{#if open}}, open now{{else}}, resolved now{{/if}})</span>{{#unless @last}}; {{/unless}}{{/each}}</p>{{/if}}
{{#if readyToLearn.length}}<details class="more"><summary>Ready to learn: {{readyToLearn.length}} concept{{#unless (eq readyToLearn.length 1)}}s{{/unless}} whose prerequisites are all mastered</summary>
<ul class="chips" aria-label="Ready to learn">{{#each readyToLearn}}<li class="chip tone-{{tone}}">{{name}} · {{statusLabel}}</li>{{/each}}</ul></details>{{/if}}
</section>

<section aria-labelledby="exit-h">
<h2 id="exit-h">Exit test: Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} · Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</h2>
{{#if description}}<p>{{description}}</p>{{/if}}
<p class="muted small">The goal of the course. Mechanism items are explained cold; build items are shipped, with numbers. Open one for its prompt and its concepts.</p>
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

<section aria-labelledby="modules-h">
<h2 id="modules-h">Concept by concept: the evidence</h2>
<p class="muted small">Mastered means mastery ≥ {{percent policy.mastery_threshold}} over at least {{policy.min_observations}} exchanges; mastery is an average of the exchanges' quality that weighs the latest most. A built-up concept with no evidence for {{policy.stale_days}} days is due for review. Open a concept for why it stands where it does.</p>
{{#each layers}}
<details class="layer" open data-layer="{{id}}">
<summary><h3>{{name}}</h3> <span class="muted small">{{progress}}</span>{{#if hasCurrent}} <span class="badge current">current</span>{{/if}}</summary>
{{#each modules}}
<details class="module{{#if current}} current{{/if}}"{{#if current}} open aria-current="step"{{/if}} data-module="{{id}}">
<summary><strong>{{id}} · {{name}}</strong> <span class="muted small">{{progress}} · {{percent mastery}}</span>{{#if current}} <span class="badge current">current module</span>{{/if}}</summary>
{{#if summary}}<p class="muted small">{{summary}}</p>{{/if}}
{{> noteLinks notes=(notesOf @root.notes.byModule id)}}
<ul class="concepts">
{{#each concepts}}
{{{html}}}
{{/each}}
</ul>
</details>
{{/each}}
</details>
{{/each}}
</section>

<section aria-labelledby="time-h">
<h2 id="time-h">Mastery over time</h2>
{{> timeline}}
</section>

{{> activity}}

{{> prereqMap}}

<footer class="muted small">Derived from memory/evidence.jsonl, the append-only log of every exchange, and regenerated after every record. Nothing on this page is typed in by hand.</footer>
</main>
{{#if live}}<script src="/__tutor/live.js" defer></script>{{/if}}
</body>
</html>
`;

export const EXIT_ITEM_PARTIAL = `<details class="exit-item {{state}}" data-exit="{{id}}">
<summary><strong>{{id}}</strong> <span class="gist">{{prompt}}</span> <span class="state {{state}}">{{#if (eq state 'ready')}}◆ {{/if}}{{#if (eq state 'passed')}}✓ {{/if}}{{stateLabel}}</span> <span class="muted small">· {{attempts}}{{#if lastAttempt}}, {{lastAttempt}}{{/if}}{{#if (eq state 'passed')}} · {{progress}}{{/if}}</span></summary>
<p>{{prompt}}</p>
{{#if passedNote}}<p class="small note">{{passedNote}}</p>{{/if}}
<ul class="chips" aria-label="Required concepts">{{#each requires}}<li class="chip tone-{{tone}}" title="{{standing}}">{{#if (eq status 'mastered')}}✓ {{/if}}{{name}} {{masteryText}}{{#if chipHint}} · {{chipHint}}{{/if}}</li>{{/each}}</ul>
</details>`;

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

// Issue 16: mastery over time on a real time axis, and the activity calendar. Their markup and
// styles are partials (registered in dashboard.ts), so the page around them can change freely.

/** Styles of the two charts, included at the end of the dashboard's <style>. */
export const CHARTS_STYLE_PARTIAL = `.time-chart { display: block; height: auto; }
.time-wide { width: 100%; max-width: 720px; }
.time-narrow { display: none; width: 100%; max-width: 460px; }
@media (max-width: 699.98px) { .time-wide { display: none; } .time-narrow { display: block; } }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.streak { font-size: 1.05rem; }
.cal-wrap { max-width: 520px; }
table.cal { border-collapse: separate; border-spacing: 3px; table-layout: fixed; width: 100%; font-size: 12px; line-height: 1; }
table.cal th { font-weight: 400; color: var(--muted); text-align: left; padding: 0 0 2px; white-space: nowrap; overflow: visible; }
table.cal thead th { height: 16px; }
table.cal tbody th { width: 2.6em; padding-right: 2px; }
table.cal td { height: 22px; text-align: center; vertical-align: middle; border-radius: 3px; position: relative; font-variant-numeric: tabular-nums; }
table.cal td.today { outline: 2px solid var(--accent); outline-offset: 0; }
.lvl-0 { background: #eef1f4; color: var(--fg); }
.lvl-1 { background: #d2f4dc; color: #116329; }
.lvl-2 { background: #8ddb9f; color: #0a3d1a; }
.lvl-3 { background: #1a7f37; color: #ffffff; }
.lvl-4 { background: #0f5323; color: #ffffff; }
.cal-legend { align-items: center; font-size: 12px; color: var(--muted); }
.cal-swatch { display: inline-block; min-width: 2.6em; padding: 3px 4px; border-radius: 3px; text-align: center; }
ul.due { padding-left: 1.2rem; margin: .4rem 0; }
ul.due li { margin: .25rem 0; }
.map-near { display: none; }
.map-phone-only { display: none; }
@media (max-width: 699.98px) { .map-near { display: block; } .map-phone-only { display: block; } }`;

/** One size of the mastery-over-time chart (charts.ts timelineGeometry); `size` is wide or narrow. */
export const TIMELINE_CHART_PARTIAL = `<svg class="time-chart time-{{size}}" data-chart="timeline" viewBox="0 0 {{chart.width}} {{chart.height}}" role="img" aria-labelledby="time-title-{{size}}">
<title id="time-title-{{size}}">Overall mastery by day, {{first}} to {{last}}</title>
{{#each chart.ticks}}<line x1="{{x}}" x2="{{x}}" y1="{{../chart.plot.top}}" y2="{{../chart.plot.bottom}}" stroke="#eaeef2"/>{{/each}}
{{#each chart.gridlines}}<line x1="{{../chart.plot.left}}" x2="{{../chart.plot.right}}" y1="{{y}}" y2="{{y}}" stroke="#d0d7de"/><text x="{{../chart.plot.labelX}}" y="{{y}}" font-size="{{../chart.fontSize}}" text-anchor="end" dominant-baseline="middle" fill="#57606a">{{label}}</text>{{/each}}
{{#each chart.ticks}}<line x1="{{x}}" x2="{{x}}" y1="{{../chart.plot.bottom}}" y2="{{../chart.plot.tickEnd}}" stroke="#8c959f"/><text x="{{x}}" y="{{../chart.tickY}}" font-size="{{../chart.fontSize}}" text-anchor="middle" fill="#57606a">{{label}}</text>{{/each}}
<polyline points="{{chart.points}}" fill="none" stroke="#0550ae" stroke-width="2.5" stroke-linejoin="round"/>
{{#each chart.dots}}<circle cx="{{x}}" cy="{{y}}" r="4" fill="#0550ae"><title>{{label}}</title></circle>{{/each}}
</svg>`;

/** The body of the "Mastery over time" section: the chart in two sizes, one shown at a time. */
export const TIMELINE_PARTIAL = `{{#if timeline}}
<p class="muted small">Overall mastery at the end of each day with evidence; the axis runs by date, so a gap between dots is days without study.</p>
{{> timelineChart chart=timeline.wide size="wide" first=timeline.first last=timeline.last}}
{{> timelineChart chart=timeline.narrow size="narrow" first=timeline.first last=timeline.last}}
{{else}}<p class="muted">The line starts with the first recorded exchange.</p>{{/if}}`;

/** The activity calendar: days with evidence, the streak, reviews falling due (core/activity.ts). */
export const ACTIVITY_PARTIAL = `<section aria-labelledby="activity-h" data-section="activity">
<h2 id="activity-h">Activity</h2>
<p class="streak" data-testid="streak"><strong>{{activity.streak}}</strong></p>
<div class="cal-wrap">
<table class="cal" data-chart="calendar">
<caption class="sr-only">Exchanges per day, one column per week, Monday to Sunday</caption>
<thead><tr><td></td>{{#each activity.weeks}}<th scope="col" abbr="week of {{start}}">{{label}}</th>{{/each}}</tr></thead>
<tbody>
{{#each activity.rows}}<tr><th scope="row">{{weekday}}</th>{{#each cells}}{{#if this}}<td class="lvl-{{level}}{{#if today}} today{{/if}}" title="{{label}}" data-date="{{date}}"><span aria-hidden="true">{{#if count}}{{count}}{{/if}}</span><span class="sr-only">{{label}}</span></td>{{else}}<td></td>{{/if}}{{/each}}</tr>
{{/each}}</tbody>
</table>
</div>
<ul class="legend cal-legend" aria-label="Legend: exchanges per day"><li>Fewer</li>{{#each activity.levels}}<li><span class="cal-swatch lvl-{{level}}">{{label}}</span></li>{{/each}}<li>more</li></ul>
<h3>Due for review</h3>
<p class="muted small">A concept built up to mastery {{percent policy.stale_min_mastery}} or more goes stale {{policy.stale_days}} days after its last evidence.</p>
{{#if activity.due.length}}<ul class="due" data-testid="due">{{#each activity.due}}<li><strong>{{name}}</strong> · {{#if stale}}<span class="badge warn">stale</span> {{when}}{{else}}{{when}} · {{date}}{{/if}}</li>{{/each}}</ul>
{{#if activity.moreDue}}<p class="muted small">and {{activity.moreDue}} more.</p>{{/if}}{{else}}<p class="muted" data-testid="due">Nothing is stale or falls due in the next 14 days.</p>{{/if}}
</section>`;
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

/**
 * The prerequisite map (charts.ts prereqMapView, laid out once per curriculum; the SVG itself is
 * prereq-svg.ts, already escaped). On a phone the
 * current module's neighbourhood comes first; the whole course follows, in a frame that scrolls.
 */
export const PREREQ_MAP_PARTIAL = `{{#if map}}<section aria-labelledby="map-h" data-section="map">
<h2 id="map-h">Prerequisite map</h2>
<p class="muted small">Each concept comes after everything it needs: arrows run from a prerequisite to what it unlocks. Each box gives the concept's full name and standing; red links are prerequisite gaps; the current module's concepts have a dark outline.</p>
<ul class="legend" aria-label="Legend"><li class="chip tone-mastered">✓ mastered</li><li class="chip tone-learning-high">learning, ≥ 50%</li><li class="chip tone-learning-low">learning, &lt; 50%</li><li class="chip tone-untouched">not started</li></ul>
{{#if near}}<div class="map-near" data-map="near">
<h3>Around {{near.module}}</h3>
<p class="muted small">This module's concepts, what they need from other modules and what they unlock there (dashed).</p>
<div class="map-scroll" tabindex="0" role="region" aria-label="Map around {{near.module}} (scrolls sideways)">{{{near.svg}}}</div>
</div>{{/if}}
<div data-map="full">
<h3 class="map-phone-only">The whole course</h3>
<div class="map-scroll" tabindex="0" role="region" aria-label="Prerequisite map of the whole course (scrolls sideways)">{{{map.svg}}}</div>
</div>
</section>{{/if}}`;

/**
 * One concept of "Concept by concept" (issue 17): a template of its own, so that the dashboard keeps
 * each concept's HTML and renders again only the concepts whose view changed (render/dashboard.ts).
 * It reads nothing but its own view: the HTML is a function of that view alone.
 */
export const CONCEPT_PARTIAL = `<li class="concept" data-concept="{{id}}">
<details class="why"><summary class="row">
<span class="head"><span class="name">{{name}}</span><br><span class="small status-{{status}}">{{statusLabel}}</span> <span class="muted small">· {{observations}}{{#if lastEvidence}} · last {{lastEvidence}}{{/if}}</span></span>
<span class="meter"><span class="bar" aria-hidden="true"><span class="tone-{{tone}}" style="width: {{width mastery}}"></span></span><span class="small">mastery {{masteryText}}</span></span>
<span class="spark">{{#if spark.points}}<svg width="84" height="22" viewBox="0 0 84 22" role="img" aria-label="{{sparkTitle}}"><title>{{sparkTitle}}</title><polyline points="{{spark.points}}" fill="none" stroke="#0550ae" stroke-width="1.5"/><circle cx="{{spark.last.x}}" cy="{{spark.last.y}}" r="2.2" fill="#0550ae"/></svg>{{/if}}</span>
{{#if (or stale gaps open.length resolved relapses)}}<span class="flags small">{{#if stale}}<span class="badge warn">due for review: {{stale}} days without evidence</span>{{/if}}{{#if gaps}}<span class="badge warn">prerequisite gap: {{gaps}}</span>{{/if}}{{#each open}}<span class="badge bad">misconception</span> <span class="misconception">{{text}}</span> <span class="muted">({{tag}}, since {{sinceDay}})</span> {{/each}}{{#if resolved}}<span class="badge ok">{{resolved}} resolved</span>{{/if}}{{#if relapses}}<span class="badge bad">came back {{relapses}}×</span>{{/if}}</span>{{/if}}
</summary>
<div class="evidence">
<p data-testid="standing">{{standing}}</p>
{{> noteLinks notes=notes}}
{{#if staleSentence}}<p>{{staleSentence}}</p>{{/if}}
{{#if gaps}}<p>Rests on concepts not mastered yet: {{gaps}}.</p>{{/if}}
{{#each open}}<p class="misconception">Open misconception [{{tag}}], since {{sinceDay}}: {{text}}. It is resolved only by a later, independent correct use.</p>{{/each}}
{{#if resolved}}<p>{{resolved}} misconception{{#unless (eq resolved 1)}}s{{/unless}} on it resolved.</p>{{/if}}
{{#if relapseSentence}}<p>{{relapseSentence}}</p>{{/if}}
{{#if exchanges.length}}<p class="small"><strong>Recent exchanges, newest first</strong>{{#if olderExchanges}} ({{olderExchanges}} older in the log){{/if}}:</p>
<ol class="exchanges">{{#each exchanges}}<li><span class="muted">{{when}}</span> · quality {{quality}} → mastery {{mastery}}{{#if resolved}} · resolved a misconception{{/if}}{{#if misconception}} · <span class="misconception">{{misconception}}</span>{{/if}}{{#if note}}<br><span class="note">Tutor's note: {{note}}</span>{{/if}}</li>{{/each}}</ol>{{/if}}
{{#if behaviors.length}}<p class="small"><strong>What mastery looks like</strong> (the behaviours the tutor probes):</p><ul class="small">{{#each behaviors}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
</div>
</details>
</li>`;
