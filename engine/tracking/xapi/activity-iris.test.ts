import { describe, expect, it } from "vitest";
import { activityIris, iriBaseProblem } from "./activity-iris.ts";

describe("iriBaseProblem", () => {
  it.each([
    "https://learn.example.org/courses",
    "https://learn.example.org/",
    "urn:example:courses",
    "http://x.example",
  ])("accepts %s", (value) => expect(iriBaseProblem(value)).toBeUndefined());

  it.each([
    ["courses/sample", "no scheme"],
    ["/courses", "no scheme"],
    ["https://learn.example.org/my courses", "space"],
    ["https://learn.example.org/c?x=1", "query or fragment"],
    ["https://learn.example.org/c#top", "query or fragment"],
    ["https://", "not an absolute IRI"],
  ])("rejects %s (%s)", (value, reason) => expect(iriBaseProblem(value)).toContain(reason));
});

describe("activityIris", () => {
  const iris = activityIris("https://learn.example.org/courses/", "sample");

  it("puts every activity under the course, by kind and id", () => {
    expect(iris.course).toBe("https://learn.example.org/courses/sample");
    expect(iris.module("basics")).toBe("https://learn.example.org/courses/sample/modules/basics");
    expect(iris.lesson("basics.first")).toBe("https://learn.example.org/courses/sample/lessons/basics.first");
    expect(iris.assessment).toBe("https://learn.example.org/courses/sample/assessment");
    expect(iris.interaction("basics.first.q1")).toBe(
      "https://learn.example.org/courses/sample/interactions/basics.first.q1",
    );
  });

  it("never gives a module named assessment the assessment's IRI", () => {
    expect(iris.module("assessment")).not.toBe(iris.assessment);
  });
});
