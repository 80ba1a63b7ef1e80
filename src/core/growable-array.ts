type TypedArray = Uint32Array | Uint16Array | Int32Array;

/** A typed array that doubles as it fills: millions of numbers without boxing or GC churn. */
export class GrowableArray<T extends TypedArray> {
  data: T;
  length = 0;

  constructor(private readonly Type: new (length: number) => T) {
    this.data = new Type(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Type(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** A copy of exactly the numbers pushed. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
