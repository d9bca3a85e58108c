import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RiskFlag } from '../../server/contracts/analysis.ts';
import type { FlagDecision, FlagDecisionRequest, NotARiskReason } from '../../server/contracts/flagReview.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';
import type { SessionController } from '../hooks/useSession.ts';
import { NOT_A_RISK_REASONS } from '../state/riskWording.ts';
import { undecidedFlagIds } from '../state/session.ts';
import { humanLabel, RISK_COLOR } from './emotionStyle.ts';

interface Props {
  flags: readonly RiskFlag[];
  decisions: readonly FlagDecision[];
  undecided: ReadonlySet<string>;
  /** The words of an utterance, to show the clinician what raised the flag. */
  textOf: (utteranceId: string) => string | undefined;
  onDecide: (utteranceId: string, body: FlagDecisionRequest) => Promise<void>;
  discreet?: boolean;
}

const REASONS = Object.entries(NOT_A_RISK_REASONS).map(([value, label]) => ({ value, label }));
const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One row per flag with "Confirm" and "Not a risk". The alert has already been shown; this is
 * what the clinician decides to document: only confirmed flags reach the note.
 */
export function FlagDecisions({ flags, decisions, undecided, textOf, onDecide, discreet = false }: Props) {
  if (flags.length === 0) return null;
  return (
    <Stack gap={6} data-testid="flag-decisions">
      {flags.map((flag) => (
        <FlagRow
          key={flag.utteranceId}
          flag={flag}
          decision={
            undecided.has(flag.utteranceId) ? undefined : decisions.find((d) => d.utteranceId === flag.utteranceId)
          }
          words={textOf(flag.utteranceId) ?? flag.evidence[0]?.text ?? ''}
          onDecide={onDecide}
          discreet={discreet}
        />
      ))}
    </Stack>
  );
}

interface RowProps {
  flag: RiskFlag;
  decision: FlagDecision | undefined;
  words: string;
  onDecide: Props['onDecide'];
  discreet: boolean;
}

function FlagRow({ flag, decision, words, onDecide, discreet }: RowProps) {
  const [choosingReason, setChoosingReason] = useState(false);
  const [reason, setReason] = useState<NotARiskReason>('figure_of_speech');
  const [changing, setChanging] = useState(false);
  const [busy, setBusy] = useState(false);
  const label = discreet ? 'Item' : `${humanLabel(flag.level)} · ${flag.categories.map(humanLabel).join(', ')}`;
  const decide = async (body: FlagDecisionRequest) => {
    setBusy(true);
    try {
      await onDecide(flag.utteranceId, body);
      setChoosingReason(false);
      setChanging(false);
    } finally {
      setBusy(false);
    }
  };
  const open = !decision || changing;

  return (
    <Paper
      withBorder
      p={6}
      radius="sm"
      data-testid="flag-decision"
      data-utterance={flag.utteranceId}
      data-decision={decision?.decision ?? 'undecided'}
      style={{ borderLeft: `4px solid var(--mantine-color-${discreet ? 'gray' : RISK_COLOR[flag.level]}-filled)` }}
    >
      <Text size="xs" fw={700} tt="capitalize">
        {label}
      </Text>
      {!discreet && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          “{clip(words)}”
        </Text>
      )}
      {!open && decision && (
        <Group gap="xs" mt={4} wrap="wrap">
          <Text size="xs" fw={600}>
            {decision.decision === 'confirmed'
              ? 'Confirmed — will be documented'
              : `Not a risk: ${NOT_A_RISK_REASONS[decision.reason ?? 'other']}`}
          </Text>
          <Anchor component="button" type="button" size="xs" onClick={() => setChanging(true)}>
            Change
          </Anchor>
        </Group>
      )}
      {open && !choosingReason && (
        <Group gap="xs" mt={4} wrap="wrap">
          <Button size="compact-sm" color="dark" loading={busy} onClick={() => void decide({ decision: 'confirmed' })}>
            Confirm
          </Button>
          <Button size="compact-sm" variant="default" disabled={busy} onClick={() => setChoosingReason(true)}>
            Not a risk
          </Button>
        </Group>
      )}
      {open && choosingReason && (
        <Group gap="xs" mt={4} align="flex-end" wrap="wrap">
          <NativeSelect
            size="xs"
            label="Why is it not a risk?"
            data={REASONS}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as NotARiskReason)}
          />
          <Button size="compact-sm" loading={busy} onClick={() => void decide({ decision: 'not_a_risk', reason })}>
            Save
          </Button>
          <Button size="compact-sm" variant="subtle" disabled={busy} onClick={() => setChoosingReason(false)}>
            Cancel
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** The decisions of the live session, read from its controller. */
export function SessionFlagDecisions({ session }: { session: SessionController }) {
  const discreet = useIsDiscreet();
  const { risk, flagReview, entries } = session.state;
  const undecided = new Set(undecidedFlagIds(session.state));
  const textOf = (id: string) => entries.find((e) => e.utterance.id === id)?.utterance.text;
  return (
    <FlagDecisions
      flags={risk?.flags ?? []}
      decisions={flagReview?.decisions ?? []}
      undecided={undecided}
      textOf={textOf}
      onDecide={session.decideFlag}
      discreet={discreet}
    />
  );
}
