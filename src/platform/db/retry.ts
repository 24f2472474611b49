/**
 * Upserts by a natural key (an employee ID, an opening's external ID) race when two callers create
 * the same new record at once: the loser's insert violates the unique index. Running the loser's
 * transaction once more turns it into the update (or no-op) it should have been; a second
 * violation is a real conflict and is left to the caller.
 */
import { Prisma } from '@prisma/client';

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function retryUniqueRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return run();
  }
}
