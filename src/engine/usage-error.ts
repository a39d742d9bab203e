// A mistake in how arch-lint was called (flags, config, paths): exit code 2 with the message.

/** Raised for usage and configuration errors (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
