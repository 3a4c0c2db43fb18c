import type { FileResult } from '../types.js';
import type { FormatContext, PiecewiseFormat } from './types.js';

/**
 * A piecewise format's output from pieces already made for these very results (`known`,
 * in the same order, undefined where there is none): text, or the UTF-8 bytes `--cache`
 * stored. Missing pieces are made. Stored bytes are copied as they are, so that a warm
 * run over thousands of files decodes and re-encodes nothing; the output is then bytes
 * too, the same bytes writing the text would give.
 */
export function outputFromPieces(format: PiecewiseFormat, results: readonly FileResult[], context: FormatContext, known: readonly (string | Uint8Array | undefined)[]): string | Uint8Array {
  const frame = format.frame(results, context);
  if (frame === undefined) return '';
  const pieces: (string | Uint8Array)[] = [];
  let anyBytes = false;
  for (let index = 0; index < results.length; index++) {
    const piece = known[index] ?? format.piece(results[index]!, context);
    if (piece.length === 0) continue;
    pieces.push(piece);
    if (typeof piece !== 'string') anyBytes = true;
  }
  if (!anyBytes) return `${frame.head}${pieces.join(frame.separator)}${frame.tail}`;
  const separator = Buffer.from(frame.separator);
  let size = Buffer.byteLength(frame.head) + separator.length * (pieces.length - 1) + Buffer.byteLength(frame.tail);
  for (const piece of pieces) size += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
  const output = Buffer.allocUnsafe(size);
  let at = output.write(frame.head, 0);
  for (let index = 0; index < pieces.length; index++) {
    if (index > 0) {
      output.set(separator, at);
      at += separator.length;
    }
    const piece = pieces[index]!;
    if (typeof piece === 'string') at += output.write(piece, at);
    else {
      output.set(piece, at);
      at += piece.length;
    }
  }
  output.write(frame.tail, at);
  return output;
}
