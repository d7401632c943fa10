import type { ApiError } from './defineCall';

/**
 * Error codes are i18n keys under `errors.` in both catalogs, so every failure reaches
 * the user in their language. A test checks each code here has both translations.
 */
export const errorCodes = [
  'invalidInput',
  'badFileName',
  'unknownCall',
  'forbiddenSender',
  'internal',
  'noWorkspace',
  'notFound',
  'fileMissing',
  'fileExists',
  'fileEmpty',
  'isFolder',
  'notSqlite',
  'foreignDatabase',
  'newerVersion',
  'corrupt',
  'alreadyOpen',
  'lockedElsewhere',
  'notWritable',
  'notReadable',
  'fileReadOnly',
  'folderReadOnly',
  'ioError',
  'backupDamaged',
  'badJson',
  'badRequest',
  'requestTooLarge',
  'badInterchange',
  'newerInterchange',
  'nothingToUndo',
  'nothingToRedo',
  'unsupportedHere',
  'clusterAmbiguous',
  'selfTie',
  'duplicateTie',
  'actorNotOnMap',
  'clusterMissing',
  'importHasProblems',
  'importUnreadable',
  'importTooManyRows',
  'importNothing',
  'chromiumMissing',
  'duplicateCandidate',
  'scoreOutOfRange',
  'scoresIncomplete',
  'scoresHidden',
  'selectionInvalid',
  'rubricInvalid',
  'scoresCsvInvalid',
  'tooManyDots',
  'linkQuadrant',
  'fundingSourceInUse',
  'unknownFundingSource',
  'fundingSourceExists',
  'targetIsFolder',
  'planRowTaken',
  'exportFailed',
  'printFailed',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Thrown by services; turned into an {@link ApiError} at the transport boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return { code: this.code, params: this.params };
  }
}
