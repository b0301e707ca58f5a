/**
 * What the PDF/UA checker reports, and the shape of a checkpoint group: a
 * function from the read document to findings, named by the Matterhorn
 * Protocol 1.1 failure conditions it decides.
 */
import type { PdfDocument } from './read-pdf.js';

/** One failed condition, at a page and element where it has one. */
export interface PdfFinding {
  /** Matterhorn Protocol 1.1 failure condition (e.g. '13-004'), or the PDF/UA clause where Matterhorn has none (e.g. 'UA1:6.2'). */
  checkpoint: string;
  /** Short kebab-case id of the rule, e.g. 'figure-alt-missing'. */
  rule: string;
  /** 1-based page number. */
  page?: number;
  /** The element concerned, e.g. 'Figure #3' or 'Link on page 2'. */
  element?: string;
  /** One readable English sentence. */
  message: string;
  /** Present and 'warning' for advice that does not make the file fail PDF/UA. */
  severity?: 'warning';
}

/** The outcome of checking one file. */
export interface PdfReport {
  file: string;
  findings: PdfFinding[];
  /** The checkpoint ids that were run. */
  checked: string[];
}

/** A group of related checkpoints, decided together on the read document. */
export interface CheckpointGroup {
  /** The failure conditions this group decides. */
  checkpoints: readonly string[];
  /** Returns the findings; never throws for a defect of the file. */
  run(document: PdfDocument): PdfFinding[];
}
