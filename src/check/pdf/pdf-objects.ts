/**
 * Reading pdf-lib objects the way the checker needs them: references
 * resolved, names and strings as JS strings, streams decoded, number trees
 * flattened. Every reader returns undefined for a missing or mistyped entry
 * instead of throwing, because a defective file is what the checker is for.
 */
import {
  PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString,
  decodePDFRawStream, type PDFContext, type PDFObject,
} from 'pdf-lib';

/** The object a value stands for, with an indirect reference followed. */
export function resolve(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

/** An entry of a dictionary (or of a stream's dictionary), resolved. */
export function entry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): PDFObject | undefined {
  if (owner === undefined) return undefined;
  const dict = owner instanceof PDFStream ? owner.dict : owner;
  return resolve(context, dict.get(PDFName.of(key)));
}

/** A dictionary entry that is a dictionary. */
export function dictEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): PDFDict | undefined {
  const value = entry(context, owner, key);
  return value instanceof PDFDict ? value : undefined;
}

/** A dictionary entry that is an array. */
export function arrayEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): PDFArray | undefined {
  const value = entry(context, owner, key);
  return value instanceof PDFArray ? value : undefined;
}

/** A dictionary entry that is a stream. */
export function streamEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): PDFStream | undefined {
  const value = entry(context, owner, key);
  return value instanceof PDFStream ? value : undefined;
}

/** A dictionary entry that is a name, without its slash. */
export function nameEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): string | undefined {
  return nameOf(entry(context, owner, key));
}

/** A name object's text, without its slash. */
export function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

/** A dictionary entry that is a number. */
export function numberEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): number | undefined {
  const value = entry(context, owner, key);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** A dictionary entry that is a boolean. */
export function booleanEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): boolean | undefined {
  const value = entry(context, owner, key);
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

/** A dictionary entry that is a text string, decoded (UTF-16BE or PDFDocEncoding). */
export function textEntry(context: PDFContext, owner: PDFDict | PDFStream | undefined, key: string): string | undefined {
  return textOf(entry(context, owner, key));
}

/** A string object's text, decoded. */
export function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** A string object's raw bytes. */
export function bytesOf(value: PDFObject | undefined): Uint8Array | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.asBytes() : undefined;
}

/** The decoded bytes of a stream, or undefined when its filter cannot be decoded. */
export function streamBytes(stream: PDFStream): Uint8Array | undefined {
  try {
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  } catch {
    return undefined;
  }
}

/** The items of an array, each resolved. */
export function items(context: PDFContext, array: PDFArray | undefined): PDFObject[] {
  if (array === undefined) return [];
  const out: PDFObject[] = [];
  for (let i = 0; i < array.size(); i += 1) {
    const value = resolve(context, array.get(i));
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** A stable key for an indirect reference. */
export function refKey(ref: PDFRef): string {
  return `${ref.objectNumber} ${ref.generationNumber}`;
}

/** An indirect reference written as in a PDF file, for messages: `12 0 R`. */
export function refText(ref: PDFRef | undefined): string {
  return ref === undefined ? 'a direct object' : `object ${ref.objectNumber} ${ref.generationNumber} R`;
}

/**
 * The entries of a number tree (ISO 32000-1, 7.9.7) with their values
 * unresolved, so a value that is a reference can be compared by identity.
 */
export function numberTree(context: PDFContext, root: PDFDict | undefined): Map<number, PDFObject> {
  const out = new Map<number, PDFObject>();
  const seen = new Set<PDFDict>();
  const visit = (node: PDFDict | undefined): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    const nums = arrayEntry(context, node, 'Nums');
    if (nums !== undefined) {
      for (let i = 0; i + 1 < nums.size(); i += 2) {
        const key = resolve(context, nums.get(i));
        if (key instanceof PDFNumber) out.set(key.asNumber(), nums.get(i + 1));
      }
    }
    for (const kid of items(context, arrayEntry(context, node, 'Kids'))) {
      if (kid instanceof PDFDict) visit(kid);
    }
  };
  visit(root);
  return out;
}
