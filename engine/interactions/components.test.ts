import { describe, expect, it } from "vitest";
import { interactionComponents } from "./components.ts";
import { interactionFrom } from "./scoring-testing.ts";

describe("interaction components (xAPI definitions)", () => {
  it("lists every option of a choice, not only the right one", () => {
    const question = interactionFrom(
      "single-choice",
      ":::single-choice\nWhat should Ama charge?\n\n- [ ] GH₵ 5\n- [x] GH₵ 12.50\n- [ ] **GH₵ 40**\n:::\n",
    );
    expect(interactionComponents(question)).toEqual({
      choices: [
        { id: "a", text: "GH₵ 5" },
        { id: "b", text: "GH₵ 12.50" },
        { id: "c", text: "GH₵ 40" },
      ],
    });
  });

  it("lists sources and targets of a matching, and the scale of a poll", () => {
    const matching = interactionFrom(
      "matching",
      ":::matching\nMatch each app to its use.\n\n| App | Use |\n| --- | --- |\n| WhatsApp | Chat with buyers |\n| Facebook | Show your shop |\n| | Pay for goods |\n:::\n",
    );
    const listed = interactionComponents(matching);
    expect(listed.source?.map((item) => item.text)).toEqual(["WhatsApp", "Facebook"]);
    expect(listed.target?.map((item) => item.text).sort()).toEqual([
      "Chat with buyers",
      "Pay for goods",
      "Show your shop",
    ]);
    const poll = interactionFrom("poll", ":::poll\nHow ready are you?\n\n- Not ready\n- Ready\n:::\n");
    expect(interactionComponents(poll)).toEqual({
      scale: [
        { id: "a", text: "Not ready" },
        { id: "b", text: "Ready" },
      ],
    });
  });

  it("names a scenario's scenes by their headings, and lists nothing for typed answers", () => {
    const story = interactionFrom(
      "scenario",
      ":::scenario\n### A late dress\nWhat do you say?\n\n- [Say sorry](#sorry)\n- [Blame the courier](#blame)\n\n### Sorry\nShe stays.\n\n::ending{outcome=best}\n\n### Blame\nShe leaves.\n\n::ending{outcome=poor}\n:::\n",
    );
    expect(interactionComponents(story).steps?.map((step) => step.text)).toEqual([
      "A late dress",
      "Sorry",
      "Blame",
    ]);
    const typed = interactionFrom("numeric", ":::numeric{answer=12}\nHow much?\n:::\n");
    expect(interactionComponents(typed)).toEqual({});
  });
});
