/**
 * The SMART launch page. The EHR opens it with `iss` and `launch` (EHR launch); a bookmark
 * opens it with `iss` alone or nothing (standalone launch). It picks this deployment's
 * registration for the EHR and hands over to fhirclient, which redirects to the EHR's
 * authorization endpoint with PKCE S256 and keeps its state in sessionStorage (no cookies).
 */
import FHIR from 'fhirclient';
import {
  describeBlockedServer,
  describeUnknownServer,
  describeUnreachableServer,
  describeUnregisteredEhr,
  type LaunchProblem,
} from '../client/smart/launchProblems.ts';
import { buildRegistrations, type EhrRegistration, planLaunch } from './registrations.ts';

const root = document.getElementById('launch') as HTMLElement;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showStatus(text: string): void {
  const status = element('p', undefined, 'status');
  status.append(element('span', undefined, 'spinner'), text);
  status.firstElementChild?.setAttribute('aria-hidden', 'true');
  root.replaceChildren(status);
}

function showProblem(problem: LaunchProblem): void {
  document.title = `Session Copilot — ${problem.title}`;
  const box = element('section', undefined, 'problem');
  box.setAttribute('role', 'alert');
  box.append(element('h1', problem.title), element('p', problem.detail), element('p', problem.action));
  root.replaceChildren(box);
  if (problem.technical) {
    const details = element('details');
    details.append(element('summary', 'Details for support'), element('code', problem.technical));
    root.append(details);
  }
}

function showChoices(choices: EhrRegistration[]): void {
  document.title = 'Session Copilot — choose an EHR';
  root.replaceChildren(
    element('h1', 'Open Session Copilot'),
    element('p', 'Session Copilot normally opens from a patient’s chart. To sign in directly, choose the EHR:'),
  );
  const list = element('ul');
  for (const choice of choices) {
    const button = element('button', `Sign in with ${choice.name}`);
    button.type = 'button';
    button.addEventListener('click', () => {
      location.search = `?iss=${encodeURIComponent(choice.standaloneIss ?? '')}`;
    });
    const item = element('li');
    item.append(button);
    list.append(item);
  }
  root.append(list);
}

async function main(): Promise<void> {
  const registrations = buildRegistrations(import.meta.env);
  const plan = planLaunch(new URLSearchParams(location.search), location.origin, registrations);
  switch (plan.kind) {
    case 'choose-ehr':
      return showChoices(plan.choices);
    case 'unknown-iss':
      return showProblem(describeUnknownServer(plan.iss));
    case 'not-registered':
      return showProblem(describeUnregisteredEhr(plan.registration.name, plan.iss));
    case 'bad-request':
      return showProblem({
        title: 'The EHR opened Session Copilot incorrectly',
        detail: plan.problem,
        action:
          'Close this panel and open Session Copilot again from the patient’s chart; if it keeps happening, tell your EHR administrator.',
      });
    case 'authorize': {
      showStatus(`Connecting to ${plan.registration.name}…`);
      // The server's CSP lets the browser reach only FHIR_ALLOWLIST: a miss looks like an outage unless watched for.
      const blocked: string[] = [];
      const watch = (event: SecurityPolicyViolationEvent) => blocked.push(event.blockedURI);
      document.addEventListener('securitypolicyviolation', watch);
      try {
        await FHIR.oauth2.authorize(plan.params);
      } catch (error) {
        // The violation event is queued as a task: let it arrive before deciding.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const origin = new URL(plan.params.iss).origin;
        showProblem(
          blocked.some((uri) => uri.startsWith(origin))
            ? describeBlockedServer(plan.registration.name, plan.params.iss)
            : describeUnreachableServer(plan.registration.name, plan.params.iss, error),
        );
      } finally {
        document.removeEventListener('securitypolicyviolation', watch);
      }
    }
  }
}

void main();
