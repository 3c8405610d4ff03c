/**
 * The HTML report's own stylesheet: readable on a laptop screen (max-width 60rem) and in
 * print (no backgrounds needed to read a verdict: badges carry text as well as colour).
 */
export const REPORT_CSS = `
:root { --fg:#1b1b1b; --muted:#5d5d5d; --line:#d9d9d9; --soft:#f5f6f8;
  --ok:#1a6b35; --ok-bg:#e3f4e8; --bad:#a4161a; --bad-bg:#fde7e7; --unk:#7a5200; --unk-bg:#fff3d6; --err:#6b2c91; --err-bg:#f1e6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0 0 .4rem; line-height: 1.3; }
#summary { margin-top: 1.6rem; }
h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; color: #333; }
a { color: #0b5cad; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .88em; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: .6rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0; }
.sub { color: var(--muted); margin: 0 0 1rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .75rem 0; font-size: .92rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.banner { border: 2px solid #b26a00; background: #fff6e5; padding: .6rem .8rem; border-radius: 6px; margin: .8rem 0; }
.banner.bad { border-color: var(--bad); background: var(--bad-bg); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .88rem; }
th, td { border-bottom: 1px solid var(--line); padding: .28rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.params { overflow-wrap: anywhere; min-width: 11rem; max-width: 22rem; }
.table-wrap { overflow-x: auto; }
tr.row-violated td { background: #fff5f5; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-weight: 600; font-size: .82rem; border: 1px solid currentColor; white-space: nowrap; }
.v-holds { color: var(--ok); background: var(--ok-bg); }
.v-violated { color: var(--bad); background: var(--bad-bg); }
.v-inconclusive { color: var(--unk); background: var(--unk-bg); }
.v-error { color: var(--err); background: var(--err-bg); }
.counts span { margin-right: .9rem; }
section.claim { border-top: 3px solid #333; padding-top: 1rem; margin-top: 2.2rem; }
.claim-id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; color: var(--muted); }
.statement { background: var(--soft); border-left: 4px solid #8a8a8a; padding: .3rem .8rem; margin: .6rem 0; overflow-x: auto; }
.statement .katex-display { margin: .6rem 0; }
.note { border-left: 4px solid #b26a00; background: #fff6e5; padding: .35rem .7rem; margin: .5rem 0; }
.error-box { border: 2px solid var(--err); background: var(--err-bg); padding: .5rem .8rem; border-radius: 6px; margin: .6rem 0; }
.finding { border: 2px solid var(--bad); border-radius: 6px; padding: .4rem .9rem .6rem; margin: .8rem 0; }
.finding.witness { border-color: var(--ok); }
.finding h3 { margin-top: .3rem; }
ol.steps li { margin: .2rem 0; }
ol.steps .katex-display { margin: .15rem 0 .35rem .25rem; text-align: left; }
ol.steps .katex-display > .katex { text-align: left; }
ul.hyps { margin: .2rem 0; }
figure { margin: .8rem 0; }
figure svg.plot { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .88rem; margin-top: .25rem; }
.tex-error { color: var(--bad); background: var(--bad-bg); padding: 0 .2rem; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  section.claim { break-before: page; page-break-before: always; }
  section, figure, table, .finding, .statement, pre { page-break-inside: avoid; break-inside: avoid; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  .badge, .banner, .v-holds, .v-violated, .v-inconclusive, .v-error, tr.row-violated td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
}
`;
