/**
 * Objects held for as long as the core is loaded, so that the hidden classes of their kind outlive every garbage
 * collection.
 *
 * Why: V8 gives a class instance its fields by transitions from the constructor's initial class, and the classes so
 * reached are held only weakly: at a full GC with no instance alive they die, and with them the optimised code of
 * every function that had met them (`--trace-deopt`: “weak objects”). The outline's parser is such a class
 * (OutlineParser with LeadReader, HeadingStack, Neighbours, FramedPairs …): after each major GC the whole outline ran
 * unoptimised until TurboFan had compiled it again — parseOutline took 0.45–0.8 ms of CPU on the seed right after a
 * forced GC against 0.2 ms warm (session 15). One instance made over an empty document and kept here keeps every one
 * of those classes alive, at the cost of a few empty objects: parseOutline right after a GC then takes about 0.25 ms.
 * (Number mentions take the other way, one object literal whose site keeps its class: numbers/mentionShape.ts.)
 */
const kept: object[] = [];

/** Keeps `instance` (and so its classes) alive for the life of the process; returns it. */
export function keepShapes<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
