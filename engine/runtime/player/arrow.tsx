/** An arrow beside Previous/Next, hidden from screen readers (the words say it); mirrored right to left by CSS. */
export const Arrow = (props: { text: string }) => (
  <span class="cm-arrow" aria-hidden="true">
    {props.text}
  </span>
);
