import type { SourceEntry } from "../../engine/source/course-source.ts";

/** A small valid course touching every construct the compiler knows: the starting point of every mutation. */
export const seedFiles: Readonly<Record<string, string>> = {
  "course.md": `---
id: fuzz_course
title: Selling online
lang: en-GH
version: 1.0.0
licence: CC-BY-SA-4.0
description: A short course used as the seed of the fuzz tests.
objectives:
  - Price a product
authors:
  - name: Ama Mensah
    role: author
variables:
  shop: "Ama's Tailoring"
  fee: 2
---

Welcome to **{{shop}}**. The fee is {{fee}} cedis.
`,
  "glossary.md": `## Mobile money

Payments sent from a phone.

## Margin

What is left after costs.
`,
  "01-pricing/module.md": `---
title: Pricing
objectives:
  - Cover your costs
scored: true
---
`,
  "01-pricing/01-price-it-right.md": `---
title: Price it right
objective: Set a price that covers cost.
minutes: 5
---

# Price it right

Charge enough to keep your :term[margin]. Pay by :term[mobile money]{id=mobile_money}.

![A tailor measures cloth](../media/cloth.svg "Measure twice")

> Costs first, then profit.

1. Add the costs
2. Add your margin
   - at least 20%

---

:::tip
Write your prices down. See [the next lesson](02-offers.md) or <kbd>Ctrl</kbd>+<kbd>S</kbd>.
:::

:::single-choice{id=price_check}
What should Ama charge?

- [ ] GH₵ 5
  > Too low.
- [x] GH₵ 12.50
  > Right.
:::
`,
  "01-pricing/02-offers.md": `---
title: Offers
objective: Make an offer customers notice.
minutes: 3
---

| Offer | Price |
| --- | --- |
| Two shirts | GH₵ 40 |

:::multiple-response
Which offers are clear?

- [x] Two for GH₵ 40
- [x] Free delivery this week
- [ ] Cheap stuff
:::

:::true-false
A price without costs is a guess.

- [x] True
- [ ] False
:::

:::audio{src="../media/intro.mp3"}
Ama explains her offer.
:::
`,
  "01-pricing/assessment.md": `:::single-choice
Which price covers a cost of GH₵ 10?

- [ ] GH₵ 8
- [x] GH₵ 12
:::
`,
};

const encoder = new TextEncoder();

export const seedMedia: Readonly<Record<string, Uint8Array>> = {
  "media/cloth.svg": encoder.encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  "media/intro.mp3": new Uint8Array([0x49, 0x44, 0x33]),
};

export function toEntry(coursePath: string, bytes: Uint8Array, size = bytes.byteLength): SourceEntry {
  return { coursePath, size, bytes };
}

/** The seed as source entries, with `files` (text) replacing or adding Markdown files. */
export function courseEntries(files: Readonly<Record<string, string | Uint8Array>>): SourceEntry[] {
  const markdown = Object.entries(files).map(([path, content]) =>
    toEntry(path, typeof content === "string" ? encoder.encode(content) : content),
  );
  const media = Object.entries(seedMedia).map(([path, bytes]) => toEntry(path, bytes));
  return [...markdown, ...media];
}
