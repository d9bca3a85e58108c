import { type RefObject, useEffect } from 'react';

/**
 * Keeps the page's scroll padding equal to the height of a bar pinned to the top, so focusing
 * a field or bringing a card into view never leaves it hidden under the bar.
 */
export function useScrollPadding(pinned: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = pinned.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () => {
      root.style.scrollPaddingTop = `${Math.ceil(element.getBoundingClientRect().height) + 8}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('scroll-padding-top');
    };
  }, [pinned]);
}
