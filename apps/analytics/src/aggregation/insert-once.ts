import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import { mapInChunks } from '@onstream/common';

const DUPLICATE_KEY = 11000;

interface WriteErrorLike {
  code?: number;
}

/** Inserts documents whose ids make them idempotent: a document already there is not an error. */
export async function insertOnce<T extends Document>(collection: Collection<T>, documents: Array<OptionalUnlessRequiredId<T>>): Promise<void> {
  if (documents.length === 0) return;
  try {
    await collection.insertMany(documents, { ordered: false });
  } catch (error) {
    const raw = (error as { writeErrors?: WriteErrorLike | WriteErrorLike[]; code?: number }).writeErrors;
    const writeErrors = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const onlyDuplicates = writeErrors.length > 0 ? writeErrors.every((e) => e.code === DUPLICATE_KEY) : (error as WriteErrorLike).code === DUPLICATE_KEY;
    if (!onlyDuplicates) throw error;
    // Whether the rest of an unordered insert went in after a duplicate is not taken on trust
    // (FerretDB): insert each document on its own, each one idempotent, many in flight (one after
    // another, a group's thousands of viewer marks took seconds).
    await mapInChunks(documents, ([document]) => insertOne(collection, document), 1);
  }
}

async function insertOne<T extends Document>(collection: Collection<T>, document: OptionalUnlessRequiredId<T>): Promise<void> {
  try {
    await collection.insertOne(document);
  } catch (error) {
    if ((error as WriteErrorLike).code !== DUPLICATE_KEY) throw error;
  }
}
