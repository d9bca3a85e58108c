/**
 * The app page (the SMART redirect URI). This entry is kept small so the launch completes at
 * once: it starts the token exchange and what follows it (smart/boot.ts) and meanwhile loads the
 * app's screens, which take over the page when they arrive.
 */
import '@mantine/core/styles.css';
import './app.css';
import { startLaunch } from './smart/boot.ts';

const launch = startLaunch();
const container = document.getElementById('root');
if (container) {
  import('./Root.tsx').then(
    ({ renderRoot }) => renderRoot(container, launch),
    () => {
      const problem = document.createElement('p');
      problem.setAttribute('role', 'alert');
      problem.textContent =
        'Session Copilot could not load (the connection to its server was lost). Close this panel and open it again from the patient’s chart.';
      container.replaceChildren(problem);
    },
  );
}
