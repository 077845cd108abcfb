import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, paragraph, problemAt } from "../testing.ts";

const categorise = (list: string) => `:::categorise\nSort each message.\n\n${list}\n:::\n`;

describe(":::categorise", () => {
  it("reads buckets 1…9 and cards a…z, each card naming its bucket", () => {
    const result = compileSnippet(
      categorise(
        '- Scam\n  - "You won GH₵ 500!"\n  - "Wrong transfer"\n- Safe\n  - "Your order is ready."\n- Unsure',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "categorise",
      scoring: "all",
      buckets: [
        { id: "1", content: paragraph("Scam") },
        { id: "2", content: paragraph("Safe") },
        { id: "3", content: paragraph("Unsure") },
      ],
      cards: [
        { id: "a", bucket: "1", content: paragraph('"You won GH₵ 500!"') },
        { id: "b", bucket: "1", content: paragraph('"Wrong transfer"') },
        { id: "c", bucket: "2", content: paragraph('"Your order is ready."') },
      ],
    });
  });

  it("reports a single bucket and fewer than 2 cards", () => {
    expect(compileSnippet(categorise("- Scam\n  - A\n  - B")).problems).toEqual([
      problemAt(9, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(categorise("- Scam\n  - A\n- Safe")).problems).toEqual([
      problemAt(9, 1, "invalid-interaction"),
    ]);
  });

  it("reports a bucket without a name and other content in a bucket", () => {
    expect(compileSnippet(categorise("- Scam\n  - A\n-\n  - B")).problems).toEqual([
      problemAt(11, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(categorise("- Scam\n\n  Careful!\n\n  - A\n- Safe\n  - B")).problems).toEqual([
      problemAt(11, 3, "invalid-interaction"),
    ]);
  });

  it("reports more than 9 buckets", () => {
    const list = Array.from({ length: 10 }, (_, index) => `- bucket ${index}\n  - card ${index}`).join("\n");
    expect(compileSnippet(categorise(list)).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });

  it("reports more than 26 cards", () => {
    const cards = Array.from({ length: 27 }, (_, index) => `  - card ${index}`).join("\n");
    expect(compileSnippet(categorise(`- A\n${cards}\n- B`)).problems).toEqual([
      problemAt(9, 1, "too-many-items"),
    ]);
  });
});
