/** The report's whole stylesheet: system fonts only, light, print-friendly. */
export const css = `
:root{--ink:#1c2330;--muted:#6b7480;--line:#e3e7ee;--bg:#f5f7fa;--card:#fff;--team:#4f46e5;--team-soft:#e0e7ff;--customer:#0f9488;--customer-soft:#ccfbf1;--cue:#f59e0b;--critical:#dc2626;--warning:#d97706;--info:#0369a1;--strength:#15803d;--good:#15803d;--fair:#b45309;--weak:#dc2626}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:0 20px 32px}
.page-head{display:flex;justify-content:space-between;align-items:baseline;max-width:1180px;margin:0 auto;padding:20px 20px 8px}
.brand{font-size:20px;font-weight:700;letter-spacing:-.01em}.brand span{font-weight:400;color:var(--muted)}
footer{max-width:1180px;margin:0 auto;padding:0 20px 28px;font-size:12px}
h2{font-size:20px;margin:24px 0 2px;letter-spacing:-.01em;overflow-wrap:anywhere}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 10px}
.muted{color:var(--muted)}.small{font-size:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:12px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.cards{display:grid;grid-template-columns:minmax(170px,1fr) minmax(170px,1fr) minmax(250px,1.25fr) minmax(360px,2fr);gap:12px}
.cards .card{margin:0}
.two{display:grid;grid-template-columns:3fr 2fr;gap:12px}.two .card{margin:12px 0 0}
.overview-grid{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:20px;align-items:start;margin-top:18px}
.card>h2:first-child{margin-top:0}
table.people td,table.people th{white-space:nowrap}
.overview-grid figure{margin:0}figcaption{font-size:12px;color:var(--muted);text-align:center}
.big{font-size:44px;font-weight:700;line-height:1.1}.big span{font-size:16px;color:var(--muted);font-weight:500;margin-left:2px}
.big.good{color:var(--good)}.big.fair{color:var(--fair)}.big.weak{color:var(--weak)}
.evidence{list-style:none;margin:8px 0 0;padding:0;font-size:12px;color:var(--muted)}.evidence li{padding:1px 0}
.quadrant-name{font-size:18px;font-weight:700;margin:-4px 0 6px}
.who{font-weight:600}.who.team{color:var(--team)}.who.customer{color:var(--customer)}
.chart{width:100%;height:auto;display:block}
.chart text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
.chart .tick,.chart .axis-title{fill:var(--muted)}
.chart .grid{stroke:var(--line);stroke-width:1}
.chart .bar-track{fill:#eef1f5}.chart .bar-empty{fill:none;stroke:#c5ccd6;stroke-dasharray:4 3}
.chart .bar.good{fill:var(--good)}.chart .bar.fair{fill:#f59e0b}.chart .bar.weak{fill:var(--weak)}
.chart .value{font-weight:600}.chart .na{fill:var(--muted);font-style:italic}
.chart .q-advisor{fill:#dcfce7}.chart .q-pushy{fill:#fee2e2}.chart .q-spineless{fill:#fef3c7}.chart .q-detached{fill:#f1f5f9}
.chart .q-name{font-weight:600;fill:#475569}
.chart .axis-mid{stroke:#94a3b8;stroke-dasharray:3 3}
.chart .point circle{fill:var(--team);stroke:#fff;stroke-width:2}.chart .point-label{font-weight:600}
.timeline rect.customer{fill:var(--customer)}.timeline rect.team{fill:var(--team)}
.timeline rect.cue{fill:#0b6b63}
.timeline .lane{font-weight:600;fill:var(--muted)}
.timeline .cue-mark{fill:var(--cue);stroke:#fff;stroke-width:1}
.timeline .link{fill:none;stroke-width:2}.timeline .link.ok{stroke:var(--strength)}.timeline .link.missed{stroke:var(--critical);stroke-dasharray:5 3}
.timeline .finding-mark{stroke:#fff;stroke-width:1}
.finding-mark.critical{fill:var(--critical)}.finding-mark.warning{fill:var(--warning)}.finding-mark.info{fill:var(--info)}.finding-mark.strength{fill:var(--strength)}
.legend{color:var(--muted);margin:6px 0 0}.legend .key{display:inline-block;width:12px;height:10px;border-radius:2px;margin:0 4px 0 12px;vertical-align:-1px}
.legend .key:first-child{margin-left:0}
.key.customer{background:var(--customer)}.key.team{background:var(--team)}.key.cue{background:var(--cue);transform:rotate(45deg);width:9px;height:9px}
.key.ok{background:var(--strength);height:3px;vertical-align:3px}.key.missed{background:var(--critical);height:3px;vertical-align:3px}
.key.tri{width:0;height:0;border-left:6px solid transparent;border-right:6px solid transparent;border-radius:0;background:none}
.key.tri.critical{border-bottom:10px solid var(--critical)}.key.tri.strength{border-bottom:10px solid var(--strength)}
.findings{list-style:none;margin:0;padding:0}
.finding{border-left:4px solid var(--line);padding:8px 12px;margin:0 0 10px;background:#fafbfc;border-radius:0 8px 8px 0}
.finding.critical{border-color:var(--critical)}.finding.warning{border-color:var(--warning)}.finding.info{border-color:var(--info)}.finding.strength{border-color:var(--strength)}
.finding p{margin:4px 0}.finding-head{font-size:13px}
.finding .when{color:var(--muted);text-decoration:none;margin-left:6px;font-size:12px}
.finding .principle{color:var(--muted);font-style:italic}
.finding .suggestion span{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:var(--team);border-radius:4px;padding:0 6px;margin-right:6px}
.finding.strength .suggestion span{background:var(--strength)}
.badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:1px 7px;border-radius:999px;color:#fff}
.badge.critical{background:var(--critical)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}.badge.strength{background:var(--strength)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
tbody th{font-weight:500}td.num{text-align:right;white-space:nowrap}
.pill{display:inline-block;min-width:30px;text-align:center;border-radius:999px;padding:0 8px;font-weight:600}
.pill.good{background:#dcfce7;color:#166534}.pill.fair{background:#fef3c7;color:#92400e}.pill.weak{background:#fee2e2;color:#991b1b}
.good-text{color:var(--good)}.bad-text{color:var(--critical)}
.state{display:inline-block;font-size:11px;border-radius:4px;padding:0 5px;margin-left:4px;font-weight:600}
.state.good{background:#dcfce7;color:#166534}.state.fair{background:#fef3c7;color:#92400e}.state.low,.state.high{background:#fee2e2;color:#991b1b}
.transcript .row{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:14px;padding:6px 0;border-bottom:1px solid #f0f2f5}
.transcript .line{display:grid;grid-template-columns:150px minmax(0,1fr);gap:10px}
.transcript .meta{font-size:12px;overflow-wrap:anywhere}.transcript .time{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:4px}
.transcript .row.team .said{border-left:3px solid var(--team-soft);padding-left:8px}
.transcript .row.customer .said{border-left:3px solid var(--customer-soft);padding-left:8px}
.said{white-space:pre-wrap;overflow-wrap:anywhere}
.labels{margin-top:3px;white-space:normal}
.chip{display:inline-block;font-size:11px;border-radius:4px;padding:0 6px;margin:0 4px 2px 0;font-weight:600}
.chip.cue{background:#fef3c7;color:#92400e}.chip.good{background:#dcfce7;color:#166534}.chip.fail{background:#fee2e2;color:#991b1b}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark.critical,mark.fail{background:#fee2e2;box-shadow:inset 0 -2px 0 var(--critical)}mark.warning{background:#ffedd5;box-shadow:inset 0 -2px 0 var(--warning)}
mark.info{background:#e0f2fe}mark.strength,mark.good{background:#dcfce7;box-shadow:inset 0 -2px 0 var(--strength)}mark.cue{background:#fef3c7}
.notes{font-size:12px}
.note{border-left:3px solid var(--line);padding:2px 8px;margin-bottom:4px;color:#374151}
.note.critical{border-color:var(--critical)}.note.warning{border-color:var(--warning)}.note.info{border-color:var(--info)}.note.strength{border-color:var(--strength)}
a{color:var(--team)}
@media (max-width:900px){.cards,.two,.overview-grid{grid-template-columns:1fr}.transcript .row{grid-template-columns:1fr}.transcript .line{grid-template-columns:1fr}}
@media print{body{background:#fff;font-size:11px}.card{box-shadow:none;break-inside:avoid}.conversation.break{break-before:page}.transcript .row{break-inside:avoid}a{color:inherit;text-decoration:none}.page-head{padding-top:0}main{padding:0}.cards{grid-template-columns:1fr 1fr}.two{grid-template-columns:1fr}.overview-grid{grid-template-columns:1fr}.table-wrap{overflow:visible}table{font-size:10px}table.people th,table.people td{white-space:normal;padding:3px 4px}}
`
