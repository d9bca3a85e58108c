import type { Frame, Page } from 'playwright-core';

/**
 * Scrolls the session (a page, or the app's frame in the EHR sidebar) from top to bottom and
 * lists every moment the risk banner and the session controls overlap, or the acknowledgement
 * is covered or out of view. Empty when the banner is never hidden.
 */
export async function bannerProblems(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(async () => {
    const problems: string[] = [];
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const banner = document.querySelector<HTMLElement>('[data-testid="safety-banner"]');
    const controls = [...document.querySelectorAll<HTMLElement>('[data-testid="session-actions"] button')];
    if (!banner) return ['no risk banner on the page'];
    if (controls.length === 0) return ['no session controls on the page'];
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    for (const top of [0, Math.round(bottom / 3), Math.round((2 * bottom) / 3), bottom]) {
      window.scrollTo(0, top);
      await nextFrame();
      const bannerBox = banner.getBoundingClientRect();
      for (const control of controls) {
        if (overlap(bannerBox, control.getBoundingClientRect()))
          problems.push(`"${control.textContent?.trim()}" overlaps the banner at scroll ${top}`);
      }
      const tick = banner.querySelector<HTMLElement>('input[type="checkbox"]');
      if (tick) {
        const box = tick.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit !== tick && !tick.contains(hit))
          problems.push(`the acknowledgement is covered or out of view at scroll ${top}`);
      }
      const acknowledge = [...banner.querySelectorAll<HTMLElement>('button')].find(
        (b) => b.textContent?.trim() === 'Acknowledge',
      );
      if (acknowledge) {
        const box = acknowledge.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight || !overlap(box, bannerBox))
          problems.push(`Acknowledge is out of view at scroll ${top}`);
      }
    }
    window.scrollTo(0, 0);
    await nextFrame();
    return problems;
  });
}
