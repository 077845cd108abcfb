import { useLayoutEffect, useRef } from "preact/hooks";

type FindFocus = () => HTMLElement | null | undefined;

/**
 * Moves focus once the change a handler made has rendered: the handler names the element to focus
 * (found in the new DOM), and focus moves right after that render, in the same task as the key
 * press or tap. The learner's next key therefore lands on the new element, and focus is never taken
 * back after they have moved on (as a requestAnimationFrame, delayed on a busy phone, could).
 */
export function useFocusAfterRender(): (find: FindFocus) => void {
  const pending = useRef<FindFocus | undefined>(undefined);
  useLayoutEffect(() => {
    const find = pending.current;
    pending.current = undefined;
    find?.()?.focus();
  });
  return (find) => {
    pending.current = find;
  };
}
