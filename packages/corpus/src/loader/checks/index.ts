// The loader's checks, one a file, in the order a file meets them: the tree, the file, its
// text, its YAML, its record, and the corpus.

import { anchorOrAlias } from "./anchor-or-alias.js";
import { byteOrderMark } from "./byte-order-mark.js";
import { claimWrongFolder } from "./claim-wrong-folder.js";
import { confusableId } from "./confusable-id.js";
import { duplicateKey } from "./duplicate-key.js";
import { emptyFile } from "./empty-file.js";
import { fileTooLarge } from "./file-too-large.js";
import { forbiddenKey } from "./forbidden-key.js";
import { idMismatch } from "./id-mismatch.js";
import { invalidUtf8 } from "./invalid-utf8.js";
import { nestingTooDeep } from "./nesting-too-deep.js";
import { notARegularFile } from "./not-a-regular-file.js";
import { quoteNotInSnapshot } from "./quote-not-in-snapshot.js";
import { snapshotHashMismatch } from "./snapshot-hash-mismatch.js";
import { snapshotMissing } from "./snapshot-missing.js";
import { snapshotUnreadable } from "./snapshot-unreadable.js";
import { tabIndentation } from "./tab-indentation.js";
import { tooManyKeys } from "./too-many-keys.js";
import { unknownEntry } from "./unknown-entry.js";
import { unreadableFile } from "./unreadable-file.js";
import { unsafeFileName } from "./unsafe-file-name.js";
import { wrongExtension } from "./wrong-extension.js";
import { yamlSyntax } from "./yaml-syntax.js";

export const LOADER_CHECKS = [
  unknownEntry,
  wrongExtension,
  notARegularFile,
  unsafeFileName,
  unreadableFile,
  fileTooLarge,
  invalidUtf8,
  byteOrderMark,
  tabIndentation,
  yamlSyntax,
  duplicateKey,
  anchorOrAlias,
  nestingTooDeep,
  tooManyKeys,
  forbiddenKey,
  emptyFile,
  idMismatch,
  claimWrongFolder,
  confusableId,
  snapshotMissing,
  snapshotUnreadable,
  snapshotHashMismatch,
  quoteNotInSnapshot,
] as const;
