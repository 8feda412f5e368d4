/** fillSlots could not guarantee the real parse's answer. */
export declare const NOT_FILLED: unique symbol;
/** The text that stands for value `index` in a shape render. */
export declare function slotMarker(index: number): string;
/** The parse of the real render (a fresh value), or NOT_FILLED. */
export declare function fillSlots(shapeText: string, values: readonly unknown[]): unknown;
