/**
 * An emotion-only view of the Reddit C-SSRS set (Gaur et al., 2019; 500 users, one C-SSRS-derived
 * label per user): does the emotion classifier, aggregated over a user's posts, separate users
 * labelled Ideation/Behavior/Attempt from Supportive/Indicator? It is not a risk detector and
 * is not meant to be one; this shows how much (or how little) emotion alone carries, next to
 * the risk roll-up reported by the risk section. Prints aggregates only, never post text.
 * Run alone with `node scripts/eval/cssrs.ts`.
 */
import { classifyEmotions } from '../../server/engine/emotion/classify.ts';
import { AT_RISK, auc, bootstrapAuc, CSSRS_LABELS, readRedditUsers, type CssrsLabel } from './redditCssrs.ts';

interface UserView {
  readonly level: CssrsLabel;
  readonly meanValence: number;
  readonly minValence: number;
  /** Share of posts whose strongest Ekman group is sadness or fear. */
  readonly sadOrAfraid: number;
}

export async function run(): Promise<void> {
  let postCount = 0;
  const users: UserView[] = readRedditUsers().map(({ label, posts }) => {
    const results = posts.map((p) => classifyEmotions(p));
    postCount += results.length;
    const valences = results.map((r) => r.valence);
    return {
      level: label,
      meanValence: valences.reduce((s, v) => s + v, 0) / valences.length,
      minValence: Math.min(...valences),
      sadOrAfraid: results.filter((r) => ['sadness', 'fear'].includes(r.ekman[0]!.label)).length / results.length,
    };
  });

  console.log(
    `Reddit C-SSRS (Gaur et al., 2019): ${users.length} users, ${postCount} posts; emotions per post, aggregated per user`,
  );
  console.log('  level        users  mean valence  lowest post valence  sad-or-afraid share');
  for (const level of CSSRS_LABELS) {
    const group = users.filter((u) => u.level === level);
    const mean = (f: (u: UserView) => number): string =>
      (group.reduce((s, u) => s + f(u), 0) / group.length).toFixed(3).padStart(6);
    console.log(
      `  ${level.padEnd(11)}  ${String(group.length).padStart(5)}  ${mean((u) => u.meanValence)}        ${mean((u) => u.minValence)}               ${mean((u) => u.sadOrAfraid)}`,
    );
  }
  const positive = users.map((u) => AT_RISK.has(u.level));
  console.log('\n  separating Ideation/Behavior/Attempt from Supportive/Indicator (ROC AUC, 95% bootstrap CI):');
  const views: [string, (u: UserView) => number][] = [
    ['negated mean valence', (u) => -u.meanValence],
    ['negated lowest post valence', (u) => -u.minValence],
    ['sad-or-afraid share', (u) => u.sadOrAfraid],
  ];
  for (const [name, score] of views) {
    const s = users.map(score);
    const [lo, hi] = bootstrapAuc(s, positive);
    console.log(`    ${name.padEnd(28)} ${auc(s, positive).toFixed(3)}  [${lo.toFixed(3)}, ${hi.toFixed(3)}]`);
  }
  console.log(
    '  (0.5 = no separation. Emotion is context for the clinician, not a risk signal: risk flags come from the safety detector.)',
  );
}

if (import.meta.main) await run();
