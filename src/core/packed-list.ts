/**
 * A list of strings kept as the one string it was read as (items joined by a separator) and where
 * each item starts, rather than an array of strings: for the lexical tables' hundred thousand
 * short words and lines that takes half the memory, and reading them makes no garbage. Items are
 * sliced out only when asked for.
 */
export class PackedList {
  /** How many items. */
  readonly length: number;
  /** Where item i starts in `text`; it ends one before starts[i + 1], at its separator. */
  private readonly starts: Int32Array;

  /** The items of `text` between separators (one character), as text.split(separator) has them. */
  constructor(
    readonly text: string,
    separator: string,
  ) {
    let count = 1;
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) count++;
    this.length = count;
    this.starts = new Int32Array(count + 1);
    for (let i = 1; i < count; i++) this.starts[i] = text.indexOf(separator, this.starts[i - 1]) + 1;
    this.starts[count] = text.length + 1;
  }

  /** Where item i starts in `text`. */
  start(i: number): number {
    return this.starts[i]!;
  }

  /** Where item i ends in `text` (exclusive). */
  end(i: number): number {
    return this.starts[i + 1]! - 1;
  }

  /** Item i. */
  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The index of `item` in a list sorted by code unit (as `<` orders strings), or -1. */
  indexOfSorted(item: string): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.compare(item, mid);
      if (order > 0) low = mid + 1;
      else if (order < 0) high = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The index of the item holding position `at` of `text` (its separator counts as its own). */
  indexAt(at: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** How `item` orders against item i, as `<` compares strings: negative, 0 or positive. */
  private compare(item: string, i: number): number {
    const { text } = this;
    const from = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - from;
    const common = Math.min(item.length, length);
    for (let k = 0; k < common; k++) {
      const difference = item.charCodeAt(k) - text.charCodeAt(from + k);
      if (difference !== 0) return difference;
    }
    return item.length - length;
  }
}
