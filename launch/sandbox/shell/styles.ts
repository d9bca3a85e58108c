/** The shell's stylesheet, served at /assets/shell.css (the CSP allows no inline styles). */
export const SHELL_CSS = `
:root { --bg:#f6f7f9; --panel:#fff; --text:#101828; --muted:#475467; --line:#d0d5dd; --brand:#1d4ed8;
  --brand-dark:#1e3a8a; --warn-bg:#fef3c7; --warn:#7a2e0e; --ok:#067647; --err:#b42318; --sidebar:380px; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--text); background:var(--bg); }
a { color: var(--brand); }
a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:#fff; padding:6px; z-index:10; }
header.top { display:flex; align-items:center; gap:24px; padding:8px 20px; background:var(--brand-dark); color:#fff; flex-wrap:wrap; }
header.top .brand { font-weight:700; font-size:17px; }
header.top .mode { font-size:12px; background:#fff2; padding:2px 8px; border-radius:10px; }
header.top nav a { color:#fff; margin-right:16px; text-decoration:none; font-weight:600; }
header.top nav a[aria-current="page"] { text-decoration:underline; text-underline-offset:6px; }
header.top form { margin-left:auto; display:flex; gap:8px; align-items:center; }
header.top label { font-size:13px; }
select, button, .button { font:inherit; padding:5px 10px; border-radius:6px; border:1px solid var(--line); background:#fff; color:var(--text); }
button.primary, .button.primary { background:var(--brand); color:#fff; border-color:var(--brand); }
button.danger { background:#fff; color:var(--err); border-color:var(--err); }
.button { text-decoration:none; display:inline-block; }
main { padding:20px; }
h1 { font-size:22px; margin:0 0 12px; } h2 { font-size:17px; margin:20px 0 8px; }
table { border-collapse:collapse; width:100%; background:var(--panel); border:1px solid var(--line); }
th, td { text-align:left; padding:8px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:#eef2f6; font-size:13px; color:var(--muted); }
.muted { color:var(--muted); font-size:13px; }
.tag { display:inline-block; font-size:12px; padding:1px 8px; border-radius:10px; background:#e0e7ff; color:#1e3a8a; }
.tag.ai { background:var(--warn-bg); color:var(--warn); font-weight:600; }
.tag.ok { background:#dcfae6; color:var(--ok); } .tag.off { background:#fee4e2; color:var(--err); }
.layout { display:flex; align-items:stretch; min-height:calc(100vh - 52px); }
.layout .chart { flex:1; min-width:0; }
aside.sidebar { width:var(--sidebar); flex:0 0 var(--sidebar); border-left:1px solid var(--line); background:var(--panel); display:flex; flex-direction:column; }
aside.sidebar[hidden] { display:none; }
aside.sidebar .bar { display:flex; justify-content:space-between; align-items:center; padding:6px 10px; border-bottom:1px solid var(--line); font-weight:600; }
aside.sidebar iframe { border:0; width:100%; flex:1; min-height:600px; }
/* On a phone the app opened from the chart takes the screen's width, above the chart, as a
   phone EHR opens it; wide tables (the schedule, the chart's) scroll sideways instead of pushing
   the page wider. */
@media (max-width: 760px) {
  .layout { flex-direction:column; }
  aside.sidebar { width:100%; flex:0 0 auto; order:-1; border-left:0; border-bottom:1px solid var(--line); }
  aside.sidebar iframe { min-height:calc(100vh - 96px); }
  .layout .chart { overflow-x:auto; }
  main { padding:12px; overflow-x:auto; }
}
.banner { display:flex; gap:24px; flex-wrap:wrap; align-items:baseline; background:var(--panel); border:1px solid var(--line); border-left:6px solid var(--brand); padding:12px 16px; margin-bottom:16px; }
.banner .name { font-size:20px; font-weight:700; }
.banner dl { display:flex; gap:20px; margin:0; flex-wrap:wrap; } .banner dt { font-size:12px; color:var(--muted); } .banner dd { margin:0; font-weight:600; }
.toolbar { display:flex; justify-content:flex-end; margin-bottom:8px; }
.viewer { background:var(--panel); border:1px solid var(--line); padding:12px 16px; margin:12px 0; }
.viewer pre { white-space:pre-wrap; font:inherit; margin:0; }
.card { background:var(--panel); border:1px solid var(--line); padding:12px 16px; margin-bottom:12px; }
.error { background:#fff; border:1px solid var(--err); border-left:6px solid var(--err); padding:16px; max-width:720px; }
.auth { max-width:560px; margin:40px auto; background:var(--panel); border:1px solid var(--line); padding:24px; }
.auth .field { margin:12px 0; display:flex; flex-direction:column; gap:4px; }
.auth .actions { display:flex; gap:12px; margin-top:16px; }
ul.plain { margin:0; padding-left:18px; }
`;

/** Opens and closes the app sidebar; the chart stays usable without it. */
export const SHELL_JS = `
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-toggle-sidebar]');
  if (!button) return;
  const sidebar = document.getElementById(button.getAttribute('aria-controls'));
  const open = sidebar.hasAttribute('hidden');
  sidebar.toggleAttribute('hidden', !open);
  document.querySelectorAll('[data-toggle-sidebar]').forEach((b) => {
    b.setAttribute('aria-expanded', String(open));
    b.textContent = open ? 'Close Session Copilot' : 'Open Session Copilot';
  });
});
`;
