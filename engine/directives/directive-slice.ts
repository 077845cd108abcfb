import type { RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { z } from "zod";
import type { FileContext } from "../model/context.ts";
import type { RichText } from "../model/hast.ts";
import type { Block } from "../model/schema.ts";

/** What a directive slice may use while turning its node into a model block. */
export interface BlockContext extends FileContext {
  toBlocks(nodes: readonly RootContent[]): Block[];
  toRichText(nodes: readonly RootContent[]): RichText;
}

/**
 * One container directive (`:::name{attributes}`): its attribute schema and its conversion.
 * The registry lists every slice once; nothing else switches on directive names.
 */
export interface DirectiveSlice<
  Attributes extends z.ZodObject = z.ZodObject,
  Output extends { kind: string } = Block,
> {
  readonly name: string;
  readonly attributes: Attributes;
  toBlock(
    node: ContainerDirective,
    attributes: z.infer<Attributes>,
    context: BlockContext,
  ): Output | undefined;
}

export function defineDirective<Attributes extends z.ZodObject, Output extends { kind: string }>(
  slice: DirectiveSlice<Attributes, Output>,
): DirectiveSlice<Attributes, Output> {
  return slice;
}
