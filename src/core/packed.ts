/**
 * `items.map(transform)`, as a packed array whichever tier of V8 runs the caller. TurboFan's inlined
 * `Array.prototype.map` allocates its result holey where the builtin makes it packed: once a
 * caller is optimised, the arrays it hands on change their map under the functions it calls, and
 * each of those that was optimised on packed arrays is thrown away ("wrong map") and runs
 * unoptimised until V8 has seen it hot again, thousands of questions later (see DESIGN.md, section 7).
 */
export function mapPacked<T, U>(items: readonly T[], transform: (item: T, index: number) => U): U[] {
  const result: U[] = [];
  for (let i = 0; i < items.length; i++) result.push(transform(items[i]!, i));
  return result;
}
