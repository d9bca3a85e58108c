import type { Practitioner } from '@medplum/fhirtypes';
import { html } from 'hono/html';
import { displayName } from '../directory.ts';
import type { Html } from './layout.ts';

export type HeaderProps = {
  current: Practitioner;
  practitioners: readonly Practitioner[];
  modeLabel: string;
  active: 'schedule' | 'records' | 'chart';
  returnTo: string;
};

export function topBar(props: HeaderProps): Html {
  const current = (page: HeaderProps['active']) => (props.active === page ? html`aria-current="page"` : '');
  return html`<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <span class="brand">Riverbend EHR</span>
  <span class="mode" title="Sandbox EHR mode">Sandbox · ${props.modeLabel}</span>
  <nav aria-label="Main">
    <a href="/" ${current('schedule')}>Today's schedule</a>
    <a href="/records" ${current('records')}>Records</a>
  </nav>
  <form method="post" action="/session/practitioner">
    <label for="signed-in-as">Signed in as</label>
    <select id="signed-in-as" name="practitioner">
      ${props.practitioners.map((p) => html`<option value="${p.id}" ${p.id === props.current.id ? 'selected' : ''}>${displayName(p)}</option>`)}
    </select>
    <input type="hidden" name="returnTo" value="${props.returnTo}">
    <button type="submit">Switch</button>
  </form>
</header>`;
}
