// PostgreSQL text cannot hold NUL characters, and a lone UTF-16 surrogate cannot
// be encoded as UTF-8 (nor parsed back from JSON by PostgreSQL): inputs refuse
// both up front, naming the field, rather than fail a whole request in the database.
export const STORABLE_MESSAGE = "must not contain NUL (\\u0000) characters or unpaired surrogates (\\ud800–\\udfff)";
export const isStorableText = (s: string) => !s.includes("\u0000") && s.isWellFormed();
