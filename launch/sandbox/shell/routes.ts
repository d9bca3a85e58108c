import type { WithId } from '@medplum/core';
import { parseSearchRequest } from '@medplum/core';
import type { FhirRepository } from '@medplum/fhir-router';
import type {
  CarePlan,
  Consent,
  DocumentReference,
  Patient,
  Provenance,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { LaunchContexts } from '../auth/launchContext.ts';
import type { Directory } from '../directory.ts';
import { displayName } from '../directory.ts';
import type { ModePolicy } from '../fhir/ehrModes.ts';
import type { SandboxUrls } from '../urls.ts';
import { chartPage, notFoundPage } from './chartPage.ts';
import type { HeaderProps } from './header.ts';
import { setPageHeaders } from './layout.ts';
import { recordsPage } from './recordsPage.ts';
import { schedulePage } from './schedulePage.ts';
import { remember, safeReturnPath, signedInPractitioner } from './signedIn.ts';
import { SHELL_CSS, SHELL_JS } from './styles.ts';

export type ShellDeps = {
  repo: FhirRepository;
  directory: Directory;
  launches: LaunchContexts;
  urls: SandboxUrls;
  appLaunchUrl: string;
  policy: ModePolicy;
};

const SwitchForm = z.object({ practitioner: z.string(), returnTo: z.string().optional() });

/** The EHR's own pages: schedule, chart with the app sidebar, and the records list. */
export function createShellRoutes(deps: ShellDeps): Hono {
  const app = new Hono();
  const appOrigin = new URL(deps.appLaunchUrl).origin;
  const search = <T extends Resource>(query: string): Promise<WithId<T>[]> =>
    deps.repo.searchResources<T>(parseSearchRequest<T>(query));

  const provenanceIndex = async (): Promise<(note: DocumentReference) => Provenance[]> => {
    const all = await search<Provenance>('Provenance?_count=5000');
    return (note) => all.filter((p) => p.target?.some((t) => t.reference === `DocumentReference/${note.id}`));
  };
  const newestFirst = (a: DocumentReference, b: DocumentReference): number =>
    (b.date ?? '').localeCompare(a.date ?? '');

  const header = async (c: Context, active: HeaderProps['active']): Promise<HeaderProps> => {
    const { current, all } = await signedInPractitioner(c, deps.directory);
    const url = new URL(c.req.url);
    url.searchParams.delete('as');
    return { current, practitioners: all, modeLabel: deps.policy.mode, active, returnTo: url.pathname + url.search };
  };

  app.get('/assets/shell.css', (c) =>
    c.body(SHELL_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }),
  );
  app.get('/assets/shell.js', (c) =>
    c.body(SHELL_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=300' }),
  );

  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.post('/session/practitioner', async (c) => {
    const form = SwitchForm.safeParse(await c.req.parseBody());
    if (form.success && (await deps.directory.practitioner(form.data.practitioner))) {
      remember(c, form.data.practitioner);
    }
    return c.redirect(safeReturnPath(form.success ? form.data.returnTo : undefined), 303);
  });

  app.get('/', async (c) => {
    const props = await header(c, 'schedule');
    const showAll = c.req.query('all') === '1';
    const today = new Date();
    const encounters = await deps.directory.encountersOn(today);
    const mine = encounters.filter(
      (e) => showAll || e.participant?.some((p) => p.individual?.reference === `Practitioner/${props.current.id}`),
    );
    const patients = new Map((await deps.directory.patients()).map((p) => [p.id, p]));
    const rows = mine.map((encounter) => ({
      encounter,
      patient: patients.get(encounter.subject?.reference?.replace('Patient/', '') ?? ''),
      clinician: encounter.participant?.[0]?.individual?.display ?? '—',
    }));
    setPageHeaders(c);
    return c.html(schedulePage(props, rows, showAll, today));
  });

  app.get('/patients/:id', async (c) => {
    const props = await header(c, 'chart');
    const patient = await deps.directory.patient(c.req.param('id'));
    if (!patient) {
      setPageHeaders(c);
      return c.html(notFoundPage(props, `No patient with id "${c.req.param('id')}" in this EHR.`), 404);
    }
    const subject = `Patient/${patient.id}`;
    const [related, notes, carePlans, consents, provenanceOf, encounter] = await Promise.all([
      search<RelatedPerson>(`RelatedPerson?patient=${subject}`),
      search<DocumentReference>(`DocumentReference?subject=${subject}&_count=500`),
      search<CarePlan>(`CarePlan?subject=${subject}&_count=100`),
      search<Consent>(`Consent?patient=${subject}&_count=100`),
      provenanceIndex(),
      deps.directory.currentEncounter(patient.id),
    ]);
    notes.sort(newestFirst);
    const launch = deps.launches.create({
      patient: patient.id,
      encounter: encounter?.id,
      practitioner: `Practitioner/${props.current.id}`,
    });
    const appUrl = new URL(deps.appLaunchUrl);
    appUrl.searchParams.set('iss', deps.urls.fhirBase);
    appUrl.searchParams.set('launch', launch);
    const noteId = c.req.query('note');
    // The app's own origin, and ours: inside the frame the app goes through our authorize endpoint.
    setPageHeaders(c, { frameSrc: ["'self'", appOrigin] });
    return c.html(
      chartPage(props, {
        patient: patient as Patient,
        related,
        encounter,
        notes,
        provenanceOf,
        carePlans,
        consents: consents.sort((a, b) => (b.dateTime ?? '').localeCompare(a.dateTime ?? '')),
        openNote: notes.find((n) => n.id === noteId),
        appUrl: appUrl.toString(),
      }),
    );
  });

  app.get('/records', async (c) => {
    const props = await header(c, 'records');
    const [notes, provenanceOf, patients] = await Promise.all([
      search<DocumentReference>('DocumentReference?_count=5000'),
      provenanceIndex(),
      deps.directory.patients(),
    ]);
    const names = new Map(patients.map((p) => [`Patient/${p.id}`, displayName(p)]));
    for (const note of notes) {
      if (note.subject?.reference && !note.subject.display) {
        note.subject.display = names.get(note.subject.reference);
      }
    }
    notes.sort(newestFirst);
    setPageHeaders(c);
    return c.html(
      recordsPage(
        props,
        notes,
        provenanceOf,
        notes.find((n) => n.id === c.req.query('note')),
      ),
    );
  });

  return app;
}
