import { describe, expect, it } from "vitest";
import { openingHeading } from "./use-step-focus.ts";

/** The few Element members openingHeading reads, as a screen's rendered tree. */
interface FakeElement {
  tagName: string;
  firstElementChild: FakeElement | null;
}
const element = (tagName: string, child: FakeElement | null = null): FakeElement => ({
  tagName,
  firstElementChild: child,
});
const screen = (child: FakeElement | null) => element("DIV", child) as unknown as Element;

describe("openingHeading", () => {
  it("finds the heading a screen opens with, directly or in its first block", () => {
    expect(openingHeading(screen(element("H2")))?.tagName).toBe("H2");
    expect(openingHeading(screen(element("DIV", element("H3"))))?.tagName).toBe("H3");
  });

  it("has none when the screen opens with something else, or is missing", () => {
    expect(openingHeading(screen(element("DIV", element("P", element("STRONG")))))).toBeUndefined();
    expect(openingHeading(screen(element("FIGURE")))).toBeUndefined();
    expect(openingHeading(undefined)).toBeUndefined();
  });
});
