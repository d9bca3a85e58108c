import { Alert, Anchor, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { SessionRisk } from '../api/schemas.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';
import { bannerWording } from '../state/riskWording.ts';
import type { RiskAcknowledgement } from '../state/session.ts';
import { humanLabel, RISK_COLOR, RISK_DOTS } from './emotionStyle.ts';

interface Props {
  risk: SessionRisk;
  acknowledged: RiskAcknowledgement | null;
  needsAcknowledgement: boolean;
  onAcknowledge: () => void;
  onBuildSafetyPlan: () => void;
  /** How many flags wait for the clinician's decision, and where to make it. */
  undecidedCount?: number;
  decisions?: ReactNode;
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The session's risk, shown the moment it is raised and kept on screen for the rest of the
 * session. It stays open until the clinician ticks the acknowledgement; a new flag opens it again.
 */
export function SafetyBanner({
  risk,
  acknowledged,
  needsAcknowledgement,
  onAcknowledge,
  onBuildSafetyPlan,
  undecidedCount = 0,
  decisions,
}: Props) {
  const discreet = useIsDiscreet();
  const [checked, setChecked] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const wording = bannerWording(risk);
  const open = needsAcknowledgement || expanded;
  const showDetails = open && (!discreet || expanded);

  const title = discreet ? `${RISK_DOTS[risk.level]} For review` : wording.title;
  const protocolTitle = (category: string) =>
    risk.protocols.find((p) => p.category === category)?.title ?? humanLabel(category);

  return (
    <Alert
      role={needsAcknowledgement ? 'alert' : 'region'}
      aria-label={discreet ? 'Review item' : 'Safety risk'}
      data-testid="safety-banner"
      data-level={risk.level}
      data-needs-ack={needsAcknowledgement}
      data-screen-only={wording.screenOnly}
      color={discreet ? 'gray' : RISK_COLOR[risk.level]}
      variant={discreet ? 'outline' : 'light'}
      radius="md"
      p="sm"
      // Pinned with the session controls: a long protocol scrolls inside the banner, leaving
      // room below it for the controls and the transcript.
      style={{
        maxHeight: '50vh',
        overflowY: 'auto',
        border: `${needsAcknowledgement ? 3 : 1}px solid var(--mantine-color-${discreet ? 'gray' : RISK_COLOR[risk.level]}-filled)`,
      }}
      title={
        <Title order={2} size="h5">
          {title}
        </Title>
      }
    >
      <Stack gap="xs">
        {showDetails && wording.preciseWords.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Words that raised it
            </Text>
            <List size="sm" spacing={2}>
              {wording.preciseWords.map((w) => (
                <List.Item key={w}>“{w}”</List.Item>
              ))}
            </List>
          </div>
        )}
        {showDetails && wording.screenWords.length > 0 && (
          <div data-testid="possible-risk-language">
            <Text size="sm" fw={600}>
              {wording.screenOnly ? 'Words heard' : 'Possible risk language'}
            </Text>
            <List size="sm" spacing={2}>
              {wording.screenWords.map((w) => (
                <List.Item key={w}>“{w}”</List.Item>
              ))}
            </List>
            {wording.hints.map((hint) => (
              <Text key={hint} size="sm" mt={4}>
                {hint}
              </Text>
            ))}
          </div>
        )}
        {needsAcknowledgement ? (
          <Group gap="sm" align="center" wrap="wrap">
            <Checkbox
              checked={checked}
              onChange={(e) => setChecked(e.currentTarget.checked)}
              label={
                discreet
                  ? 'Reviewed'
                  : wording.screenOnly
                    ? 'I have read this and will ask the screening questions'
                    : 'I have read this and will follow the crisis protocol'
              }
              color={discreet ? 'gray' : 'dark'}
            />
            <Button
              size="xs"
              variant={discreet ? 'default' : 'filled'}
              color={discreet ? 'gray' : 'dark'}
              disabled={!checked}
              onClick={() => {
                onAcknowledge();
                setChecked(false);
                setExpanded(false);
              }}
            >
              Acknowledge
            </Button>
          </Group>
        ) : (
          <Text size="xs">{acknowledged ? `Acknowledged at ${time(acknowledged.at)}` : ''}</Text>
        )}
        {/* In discreet mode the decisions wait: their wording would tell a watching client what was heard. */}
        {decisions && !discreet && (showDetails || undecidedCount > 0) && (
          <div>
            <Text size="sm" fw={600}>
              {undecidedCount > 0 ? `Decide what is documented (${undecidedCount} to decide)` : 'What is documented'}
            </Text>
            <Text size="xs" mb={4}>
              Only flags you confirm go into the note and the safety plan.
            </Text>
            {decisions}
          </div>
        )}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onBuildSafetyPlan}>
            {discreet ? 'Open plan' : 'Build safety plan'}
          </Button>
          {(!needsAcknowledgement || discreet) && (
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => setExpanded((e) => !e)}
              aria-expanded={expanded}
            >
              {expanded ? 'Hide details' : 'Show details'}
            </Anchor>
          )}
        </Group>
        {/* Below the acknowledgement, which must stay in view inside the scrolling banner. */}
        {showDetails &&
          wording.screening.map((s) => (
            <div key={s.protocolId} data-testid="screening-questions">
              <Text size="sm" fw={700}>
                Ask now{wording.screenOnly ? '' : ` (${humanLabel(s.category)})`}: screening questions
              </Text>
              <List
                type="ordered"
                size="sm"
                spacing={2}
                aria-label={`Screening questions: ${protocolTitle(s.category)}`}
              >
                {s.questions.map((q) => (
                  <List.Item key={q}>{q}</List.Item>
                ))}
              </List>
            </div>
          ))}
        {showDetails &&
          risk.protocols.map((protocol) => (
            <div key={protocol.id}>
              <Text size="sm" fw={600}>
                {wording.screenOnly ? 'If the answers raise concern' : 'Crisis protocol'}: {protocol.title}
              </Text>
              <List type="ordered" size="sm" spacing={2}>
                {protocol.steps.map((step) => (
                  <List.Item key={step}>{step}</List.Item>
                ))}
              </List>
              {protocol.resources.length > 0 && (
                <List size="sm" spacing={2} mt={4} aria-label="Crisis resources">
                  {protocol.resources.map((r) => (
                    <List.Item key={r.name}>
                      <b>{r.name}</b>: {r.contact}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          ))}
      </Stack>
    </Alert>
  );
}
