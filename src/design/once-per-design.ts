/**
 * A reading of a design made once per design: several rules (and reports) ask the same
 * question of every design, and a design's data does not change while it is linted. Keyed
 * by the design object, so that answers go with their design to the garbage collector.
 * Answers are shared by every caller, so they must be read, never changed.
 */
export function oncePerDesign<T>(read: (design: unknown) => T): (design: unknown) => T {
  const answers = new WeakMap<object, { answer: T }>();
  return (design) => {
    if (design === null || typeof design !== 'object') return read(design);
    let remembered = answers.get(design);
    if (remembered === undefined) answers.set(design, (remembered = { answer: read(design) }));
    return remembered.answer;
  };
}
