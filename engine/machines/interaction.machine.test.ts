import { describe, expect, it } from "vitest";
import { createActor, fromTransition, initialTransition, transition } from "xstate";
import type { InteractionResponse } from "../interactions/behaviour.ts";
import type { Interaction } from "../interactions/registry.ts";
import type { InteractionUpdatedEvent } from "./events.ts";
import { interactionMachine } from "./interaction.machine.ts";
import { selectInteractionView } from "./selectors.ts";
import { buildCourse, choice, lessonMd } from "./testing/course-fixture.ts";

function interactionsOf(body: string): Interaction[] {
  const course = buildCourse({ "01-shop/01-prices.md": lessonMd("Prices", body) });
  return (course.modules[0]?.lessons[0]?.screens[0]?.blocks ?? []).filter(
    (block): block is Interaction => block.kind === "interaction",
  );
}

function only(body: string): Interaction {
  const [interaction] = interactionsOf(body);
  if (!interaction) throw new Error("no interaction in fixture");
  return interaction;
}

const pick = (id: string): InteractionResponse => ({ kind: "ids", ids: [id] });
const withHint = `:::single-choice{id=q attempts=2}\nWhich?\n\n- [ ] A\n- [x] B\n- [ ] C\n\n::hint[Think.]\n:::\n`;

describe("interactionMachine with createActor", () => {
  it("idle → answering → submitted → feedback, right on the first try", () => {
    const actor = createActor(interactionMachine, { input: { interaction: only(choice("q")) } }).start();
    expect(actor.getSnapshot().value).toBe("idle");
    actor.send({ type: "answer.submit" });
    expect(actor.getSnapshot().value).toBe("idle");
    actor.send({ type: "answer.change", response: pick("b") });
    expect(actor.getSnapshot().value).toBe("answering");
    actor.send({ type: "answer.submit" });
    const view = selectInteractionView(actor.getSnapshot());
    expect(view).toMatchObject({ phase: "feedback", locked: true, canRetry: false, canReveal: false });
    expect(view.result).toMatchObject({ score: 1, correct: true });
  });

  it("retries while attempts remain, then reveals the answer by itself", () => {
    const actor = createActor(interactionMachine, { input: { interaction: only(withHint) } }).start();
    actor.send({ type: "answer.change", response: pick("a") });
    actor.send({ type: "answer.submit" });
    expect(selectInteractionView(actor.getSnapshot())).toMatchObject({
      phase: "feedback",
      canRetry: true,
      attemptsLeft: 1,
    });
    actor.send({ type: "answer.retry" });
    actor.send({ type: "answer.change", response: pick("c") });
    actor.send({ type: "answer.submit" });
    const view = selectInteractionView(actor.getSnapshot());
    expect(view).toMatchObject({ phase: "revealed", attemptsLeft: 0, canRetry: false, revealed: pick("b") });
    expect(view.result?.correct).toBe(false);
  });

  it("shows the hint once and the answer on request", () => {
    const actor = createActor(interactionMachine, { input: { interaction: only(withHint) } }).start();
    expect(selectInteractionView(actor.getSnapshot()).canShowHint).toBe(true);
    actor.send({ type: "hint.show" });
    expect(selectInteractionView(actor.getSnapshot())).toMatchObject({ hintShown: true, canShowHint: false });
    actor.send({ type: "answer.change", response: pick("a") });
    actor.send({ type: "answer.submit" });
    actor.send({ type: "answer.reveal" });
    expect(actor.getSnapshot().value).toBe("revealed");
  });

  it("tells its parent about submissions and kept changes", () => {
    const collect = fromTransition(
      (received: InteractionUpdatedEvent[], event: InteractionUpdatedEvent) => [...received, event],
      [],
    );
    const parent = createActor(collect).start();
    const actor = createActor(interactionMachine, {
      input: { interaction: only(choice("q")), parent },
    }).start();
    actor.send({ type: "answer.change", response: pick("a") });
    actor.send({ type: "answer.submit" });
    expect(parent.getSnapshot().context).toEqual([
      {
        type: "interaction.updated",
        id: "q",
        submitted: true,
        progress: { phase: "feedback", response: pick("a"), attemptsUsed: 1, hintShown: false },
      },
    ]);
  });

  it("ends neutral for an unscored type and lets the learner change the answer", () => {
    const poll = only(":::poll\nHow ready are you?\n\n- Not ready\n- Ready\n:::\n");
    const actor = createActor(interactionMachine, { input: { interaction: poll } }).start();
    actor.send({ type: "answer.change", response: pick("b") });
    actor.send({ type: "answer.submit" });
    const view = selectInteractionView(actor.getSnapshot());
    expect(view.result).toMatchObject({ neutral: true, correct: false });
    expect(view).toMatchObject({ canRetry: true, canReveal: false });
  });
});

describe("interactionMachine as pure transitions", () => {
  it("computes the next snapshot without running anything", () => {
    const [initial] = initialTransition(interactionMachine, { interaction: only(choice("q")) });
    const [answering] = transition(interactionMachine, initial, {
      type: "answer.change",
      response: pick("c"),
    });
    const [feedback] = transition(interactionMachine, answering, { type: "answer.submit" });
    expect([initial.value, answering.value, feedback.value]).toEqual(["idle", "answering", "feedback"]);
    expect(feedback.context.attemptsUsed).toBe(1);
    expect(initial.context.attemptsUsed).toBe(0);
  });

  it("resumes in the saved phase", () => {
    const interaction = only(withHint);
    const progress = { phase: "feedback" as const, response: pick("a"), attemptsUsed: 1, hintShown: true };
    const [resumed] = initialTransition(interactionMachine, { interaction, progress });
    expect(resumed.value).toBe("feedback");
    expect(resumed.context.result?.correct).toBe(false);
    expect(resumed.context.hintShown).toBe(true);
  });
});
